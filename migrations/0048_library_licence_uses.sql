-- 免证办 (issue #19): a licence from the e-licence library used instead of an upload. The case
-- records which licence version the library answered, the applicant's consent, and the material
-- it stands for (its record is kept as that material's file).
CREATE TABLE case_library_licences (
  id             bigserial PRIMARY KEY,
  case_no        text NOT NULL REFERENCES cases(case_no),
  material_code  text NOT NULL,
  licence_no     text NOT NULL,
  version        integer NOT NULL,
  -- the library's record id of the version used (licence-version-operation)
  record_id      text NOT NULL,
  type_name      text NOT NULL,
  -- the case's version when it was attached (as case_materials.case_version)
  case_version   integer NOT NULL,
  consent_text   text NOT NULL,
  consent_by     uuid NOT NULL REFERENCES users(id),
  consent_at     timestamptz NOT NULL
);
CREATE INDEX case_library_licences_case ON case_library_licences (case_no, id);
