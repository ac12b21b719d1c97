-- Cases (办件): the append-only action log, files and materials, follow-ups, and the outbox.

-- Case numbers: TA + year + '-' + six-digit sequence restarting each year (TA2026-000123).
CREATE TABLE case_sequences (
  year  integer PRIMARY KEY,
  last  integer NOT NULL
);

CREATE TABLE cases (
  case_no            text PRIMARY KEY,
  query_code         text NOT NULL,
  item_code          text NOT NULL REFERENCES catalog_items(code),
  item_version       integer NOT NULL,
  item_name          text NOT NULL,
  department_code    text NOT NULL,
  -- the item's limits when the case was created; later catalog changes do not move its deadlines
  limits             jsonb NOT NULL,
  situation_codes    jsonb NOT NULL DEFAULT '[]',
  form               jsonb NOT NULL DEFAULT '{}',
  channel            text NOT NULL CHECK (channel IN ('online', 'window', 'agent')),
  applicant_user_id  uuid REFERENCES users(id),
  applicant_kind     text NOT NULL CHECK (applicant_kind IN ('person', 'organisation')),
  applicant_name     text NOT NULL,
  applicant_id_number   text,
  applicant_credit_code text,
  applicant_phone    text,
  filed_by           uuid NOT NULL REFERENCES users(id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  -- projection of the log, rewritten in the same transaction as every action and by the sweeper;
  -- the reducer over case_actions is the truth (a test checks they agree)
  version            integer NOT NULL DEFAULT 0,
  status             text NOT NULL,
  clock_state        text NOT NULL,
  assignee_id        uuid REFERENCES users(id),
  received_on        text,               -- YYYY-MM-DD, Asia/Shanghai (dates are text throughout: no time-zone surprises)
  acceptance_due     text,
  promised_due       text,
  decision_due       text,
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cases_status ON cases (status);
CREATE INDEX cases_applicant ON cases (applicant_user_id);
CREATE INDEX cases_filed_by ON cases (filed_by);
CREATE INDEX cases_promised_due ON cases (promised_due);
CREATE INDEX cases_assignee ON cases (assignee_id);

-- The log. (case_no, seq) is unique: a writer inserts seq = the version it read + 1, so two
-- writers acting on one version cannot both succeed.
CREATE TABLE case_actions (
  case_no     text NOT NULL REFERENCES cases(case_no),
  seq         integer NOT NULL,
  type        text NOT NULL,
  at          timestamptz NOT NULL,
  on_day      text NOT NULL,
  actor_id    uuid REFERENCES users(id),
  actor_name  text NOT NULL,
  payload     jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (case_no, seq)
);

-- Uploaded files, content-addressed per owner (the applicant's identity), kept for reuse.
CREATE TABLE files (
  id          uuid PRIMARY KEY,
  owner_key   text NOT NULL,            -- 'id:<身份证号>' or 'org:<统一社会信用代码>'
  name        text NOT NULL,
  media_type  text NOT NULL,
  size        integer NOT NULL,
  sha256      text NOT NULL,
  content     bytea NOT NULL,
  uploaded_by uuid REFERENCES users(id),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX files_owner ON files (owner_key, sha256);

-- The materials of a case: one row per material code and file (a supplement adds a newer row).
CREATE TABLE case_materials (
  id             uuid PRIMARY KEY,
  case_no        text NOT NULL REFERENCES cases(case_no),
  material_code  text NOT NULL,
  material_name  text NOT NULL,
  file_id        uuid NOT NULL REFERENCES files(id),
  reused         boolean NOT NULL DEFAULT false,
  -- the case's version when the file was attached: "uploaded after the 补正 notice" is case_version ≥ the notice's seq
  case_version   integer NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_materials_case ON case_materials (case_no, material_code);

-- Follow-up checks of 告知承诺 commitments.
CREATE TABLE case_followups (
  id             uuid PRIMARY KEY,
  case_no        text NOT NULL REFERENCES cases(case_no),
  material_code  text NOT NULL,
  due            text NOT NULL,
  status         text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'passed', 'failed')),
  created_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (case_no, material_code)
);

-- Events leave through the outbox, written in the same transaction as the change.
-- `dedupe_key` makes a notification happen once even if two sweepers race.
CREATE TABLE outbox (
  id            bigserial PRIMARY KEY,
  topic         text NOT NULL,
  subject       text NOT NULL,
  payload       jsonb NOT NULL,
  dedupe_key    text UNIQUE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  dispatched_at timestamptz
);
CREATE INDEX outbox_pending ON outbox (id) WHERE dispatched_at IS NULL;
