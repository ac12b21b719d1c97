-- Documents (文书) of cases and electronic licences (电子证照), signed with the bureau's keys.

-- The bureau's signing keys: public halves only. The private key of the key in use lives in the
-- data directory (or SHENPI_SIGNING_KEY); retired keys stay here so old signatures still verify.
CREATE TABLE signing_keys (
  key_id      text PRIMARY KEY,
  public_key  text NOT NULL,            -- SPKI PEM
  created_at  timestamptz NOT NULL,
  retired_at  timestamptz
);

-- Document numbers: one sequence per word (受, 补, 许 …) per year, gap-free under concurrency.
CREATE TABLE document_sequences (
  word  text NOT NULL,
  year  integer NOT NULL,
  last  integer NOT NULL,
  PRIMARY KEY (word, year)
);

-- One row per document; a case action makes its documents once (unique case_no, action_seq, type).
-- The row is inserted empty (sha256 '') to reserve its number, then filled with the signed PDF.
CREATE TABLE documents (
  id          uuid PRIMARY KEY,
  case_no     text NOT NULL REFERENCES cases(case_no),
  action_seq  integer NOT NULL,
  type        text NOT NULL,
  number      text NOT NULL UNIQUE,
  title       text NOT NULL,
  sha256      text NOT NULL,            -- of the PDF as served (signature trailer included)
  signed_sha256 text NOT NULL,          -- of the bytes the signature covers
  key_id      text NOT NULL REFERENCES signing_keys(key_id),
  signature   text NOT NULL,            -- base64url Ed25519 over signed_sha256
  content     bytea NOT NULL,
  created_at  timestamptz NOT NULL,
  UNIQUE (case_no, action_seq, type)
);
CREATE INDEX documents_case ON documents (case_no);

-- Templates an administrator changed; a type without a row uses the file shipped in templates/documents.
CREATE TABLE document_templates (
  type        text PRIMARY KEY,
  body        text NOT NULL,
  updated_by  text,
  updated_at  timestamptz NOT NULL
);

-- Licence numbers: TAXK + year + sequence + check character (src/domain/licence.ts).
CREATE TABLE licence_sequences (
  year  integer PRIMARY KEY,
  last  integer NOT NULL
);

-- Each licence version is a row; a change (变更) or renewal (延续) adds a version and supersedes the last.
CREATE TABLE licences (
  no            text NOT NULL,
  version       integer NOT NULL,
  status        text NOT NULL CHECK (status IN ('valid', 'suspended', 'revoked', 'cancelled', 'expired', 'superseded')),
  case_no       text NOT NULL REFERENCES cases(case_no),
  item_code     text NOT NULL,
  holder_name   text NOT NULL,
  holder_id     text NOT NULL,          -- full 统一社会信用代码 or 身份证号 (the payload carries it masked for persons)
  holder_kind   text NOT NULL CHECK (holder_kind IN ('person', 'organisation')),
  holder_user_id uuid,
  department_code text NOT NULL,
  issued_on     text NOT NULL,
  valid_from    text NOT NULL,
  valid_to      text,
  payload       jsonb NOT NULL,
  payload_text  text NOT NULL,          -- the canonical JSON exactly as signed
  key_id        text NOT NULL REFERENCES signing_keys(key_id),
  signature     text NOT NULL,
  status_reason text,
  status_by     text,                   -- who decided the last status change (department or person)
  status_on     text,
  created_at    timestamptz NOT NULL,
  PRIMARY KEY (no, version),
  UNIQUE (case_no)
);
CREATE INDEX licences_holder ON licences (holder_id);
CREATE INDEX licences_item ON licences (item_code);
CREATE INDEX licences_status ON licences (status);

-- A case may concern an issued licence: its change (变更) or its renewal (延续).
ALTER TABLE cases ADD COLUMN licence_no text;
ALTER TABLE cases ADD COLUMN licence_purpose text CHECK (licence_purpose IN ('change', 'renewal'));
CREATE INDEX cases_licence ON cases (licence_no) WHERE licence_no IS NOT NULL;
