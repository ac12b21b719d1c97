-- An agent files an application only under a registered agency authorisation (代办授权, issue 15):
-- the case records which one; the applicant's name and credit code are taken from it.
ALTER TABLE cases ADD COLUMN agency_authorisation_id uuid REFERENCES agency_authorisations(id);
CREATE INDEX cases_agency_authorisation ON cases (agency_authorisation_id) WHERE agency_authorisation_id IS NOT NULL;
