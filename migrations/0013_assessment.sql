-- Window staff assessment (窗口考核, issue #9): configuration with history, the complaints
-- register, leaders' conduct points, verified serious faults (一票否决), closed months with their
-- frozen scorecards, and adjustments to closed months. Months are 'YYYY-MM' text, days 'YYYY-MM-DD'
-- (Shanghai), like the rest of the schema. The scores themselves are computed from the hall and the
-- cases (src/domain/assessment.ts); only a closed month stores them.

-- Weights, targets and grading bands; a change made in month M applies from M+1 (one row per month:
-- a second change in the same month replaces the first, both are in the audit trail).
CREATE TABLE assessment_configs (
  effective_month  text PRIMARY KEY CHECK (effective_month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  config           jsonb NOT NULL,
  reason           text NOT NULL,
  created_by       uuid NOT NULL REFERENCES users(id),
  created_at       timestamptz NOT NULL
);

-- 投诉登记: recorded by the hall manager or the director, then found substantiated or not.
CREATE TABLE assessment_complaints (
  id            uuid PRIMARY KEY,
  staff_id      uuid NOT NULL REFERENCES users(id),
  occurred_on   text NOT NULL,
  month         text NOT NULL,
  category      text NOT NULL CHECK (category IN ('corruption', 'attitude', 'efficiency', 'other')),
  source        text NOT NULL,
  summary       text NOT NULL,
  status        text NOT NULL CHECK (status IN ('pending', 'substantiated', 'unsubstantiated')),
  finding       text,
  recorded_by   uuid NOT NULL REFERENCES users(id),
  recorded_at   timestamptz NOT NULL,
  decided_by    uuid REFERENCES users(id),
  decided_at    timestamptz,
  -- the client's key for the recording request: a retry records nothing twice
  request_key   text NOT NULL UNIQUE,
  rev           integer NOT NULL DEFAULT 1
);
CREATE INDEX assessment_complaints_month ON assessment_complaints (month, staff_id);

-- 作风加减分 by the section chief or the director, with a reason.
CREATE TABLE assessment_conduct_points (
  id           uuid PRIMARY KEY,
  staff_id     uuid NOT NULL REFERENCES users(id),
  month        text NOT NULL,
  points       numeric(4, 1) NOT NULL CHECK (points <> 0 AND points BETWEEN -10 AND 10),
  reason       text NOT NULL,
  given_by     uuid NOT NULL REFERENCES users(id),
  given_at     timestamptz NOT NULL,
  request_key  text NOT NULL UNIQUE
);
CREATE INDEX assessment_conduct_month ON assessment_conduct_points (month, staff_id);

-- A serious fault the director verified (veto) or dismissed; its source is a complaint, a case or a
-- rating ('complaint:<id>', 'case:<no>', 'rating:<id>'); one decision per source and kind.
CREATE TABLE assessment_faults (
  id           uuid PRIMARY KEY,
  staff_id     uuid NOT NULL REFERENCES users(id),
  month        text NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('corruption_complaint', 'serious_overdue', 'conduct_rating')),
  source_ref   text NOT NULL,
  decision     text NOT NULL CHECK (decision IN ('verified', 'dismissed')),
  note         text NOT NULL,
  decided_by   uuid NOT NULL REFERENCES users(id),
  decided_at   timestamptz NOT NULL,
  UNIQUE (kind, source_ref)
);
CREATE INDEX assessment_faults_month ON assessment_faults (month, staff_id);

-- A closed month: its scorecards are frozen in assessment_snapshots.
CREATE TABLE assessment_months (
  month      text PRIMARY KEY,
  closed_by  uuid NOT NULL REFERENCES users(id),
  closed_at  timestamptz NOT NULL,
  config     jsonb NOT NULL
);

CREATE TABLE assessment_snapshots (
  month      text NOT NULL REFERENCES assessment_months(month),
  staff_id   uuid NOT NULL REFERENCES users(id),
  -- the scorecard as computed at closing, and the source records each component counted
  scorecard  jsonb NOT NULL,
  records    jsonb NOT NULL,
  PRIMARY KEY (month, staff_id)
);

-- Corrections to a closed month, shown beside the frozen score.
CREATE TABLE assessment_adjustments (
  id           uuid PRIMARY KEY,
  month        text NOT NULL REFERENCES assessment_months(month),
  staff_id     uuid NOT NULL REFERENCES users(id),
  points       numeric(4, 1) NOT NULL CHECK (points <> 0 AND points BETWEEN -20 AND 20),
  reason       text NOT NULL,
  made_by      uuid NOT NULL REFERENCES users(id),
  made_at      timestamptz NOT NULL,
  request_key  text NOT NULL UNIQUE,
  FOREIGN KEY (month, staff_id) REFERENCES assessment_snapshots(month, staff_id)
);
CREATE INDEX assessment_adjustments_month ON assessment_adjustments (month, staff_id);
