-- On-site inspection (现场踏勘) by the 勘验图审中心 (issue #8, ADR 0007 "Inspection").
-- A reviewer requests an inspection of a case; the centre schedules it with two or more
-- inspectors (行政许可法 art. 34), which starts the case's art. 45 pause; the inspectors record
-- the checklist, photos and location, each confirms under their own login, and the last
-- confirmation ends the pause. A re-inspection after rectification (整改) is the next round.

CREATE TABLE inspections (
  id                uuid PRIMARY KEY,
  case_no           text NOT NULL REFERENCES cases(case_no),
  round             integer NOT NULL CHECK (round >= 1),
  status            text NOT NULL CHECK (status IN ('requested', 'scheduled', 'done')),
  reason            text NOT NULL,
  checklist         jsonb NOT NULL,                 -- string[]: the points to check, fixed at the request
  requested_by      uuid NOT NULL REFERENCES users(id),
  requested_by_name text NOT NULL,
  requested_at      timestamptz NOT NULL,
  scheduled_on      text,                           -- YYYY-MM-DD (Shanghai)
  address           text,
  scheduled_by_name text,
  scheduled_at      timestamptz,
  start_seq         integer,                        -- the case's start_pause action
  end_seq           integer,                        -- the case's end_pause action (the report's document hangs off it)
  results           jsonb NOT NULL DEFAULT '[]',    -- [{point, result: pass|fail|na, note}]
  notes             text NOT NULL DEFAULT '',
  rectification     text NOT NULL DEFAULT '',       -- 整改要求, when points failed
  rectify_due       text,                           -- YYYY-MM-DD
  latitude          double precision,
  longitude         double precision,
  recorded_at       timestamptz,
  recorded_by_name  text,
  rev               integer NOT NULL DEFAULT 0,     -- bumped by every change of the report; confirmations name it
  outcome           text CHECK (outcome IN ('pass', 'fail')),
  finished_on       text,
  UNIQUE (case_no, round)
);
-- one open inspection per case: a second request (a retry, two reviewers at once) is refused
CREATE UNIQUE INDEX inspections_one_open ON inspections (case_no) WHERE status IN ('requested', 'scheduled');
CREATE INDEX inspections_by_status ON inspections (status, scheduled_on);

CREATE TABLE inspection_inspectors (
  inspection_id uuid NOT NULL REFERENCES inspections(id),
  user_id       uuid NOT NULL REFERENCES users(id),
  name          text NOT NULL,
  position      integer NOT NULL,
  confirmed_at  timestamptz,                        -- cleared by any change of the report
  PRIMARY KEY (inspection_id, user_id)
);
CREATE INDEX inspection_inspectors_user ON inspection_inspectors (user_id);

CREATE TABLE inspection_photos (
  id            uuid PRIMARY KEY,
  inspection_id uuid NOT NULL REFERENCES inspections(id),
  name          text NOT NULL,
  media_type    text NOT NULL,
  size          integer NOT NULL,
  sha256        text NOT NULL,
  content       bytea NOT NULL,
  uploaded_by_name text NOT NULL,
  created_at    timestamptz NOT NULL,
  UNIQUE (inspection_id, sha256)
);
