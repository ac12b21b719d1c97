-- Expert review (专家评审, issue #8): the expert pool, reviews of cases, the seeded draws that
-- chose each panel (with the candidate list as it stood, so a draw can be re-run and checked),
-- and each expert's place on a panel: declined, scored, signed. Dates are Shanghai calendar days
-- as YYYY-MM-DD text, like the cases' due days.

-- A member of the pool; every one is a user with the role expert.
CREATE TABLE experts (
  id                    uuid PRIMARY KEY,
  user_id               uuid NOT NULL UNIQUE REFERENCES users(id),
  name                  text NOT NULL,
  title                 text NOT NULL DEFAULT '',
  fields                jsonb NOT NULL,
  employer              text NOT NULL,
  employer_credit_code  text,
  -- applicants (names or credit codes) the expert declared an interest in
  declared              jsonb NOT NULL DEFAULT '[]',
  -- [{from, to, reason}]: days the expert cannot review
  unavailable           jsonb NOT NULL DEFAULT '[]',
  active                boolean NOT NULL DEFAULT true,
  rev                   integer NOT NULL DEFAULT 1,
  created_at            timestamptz NOT NULL,
  updated_at            timestamptz NOT NULL
);

CREATE TABLE expert_reviews (
  id                uuid PRIMARY KEY,
  case_no           text NOT NULL REFERENCES cases(case_no),
  item_name         text NOT NULL,
  applicant_name    text NOT NULL,
  -- what the recent-draw conflict compares: the credit code, else the name
  applicant_key     text NOT NULL,
  fields            jsonb NOT NULL,
  criteria          jsonb NOT NULL,
  panel_size        integer NOT NULL CHECK (panel_size >= 1),
  requested_on      text NOT NULL,
  due               text NOT NULL,
  reason            text NOT NULL,
  status            text NOT NULL CHECK (status IN ('open', 'concluded')),
  overdue           boolean NOT NULL DEFAULT false,
  requested_by      uuid NOT NULL REFERENCES users(id),
  requested_at      timestamptz NOT NULL,
  -- the case actions that started and ended the art. 45 pause
  start_seq         integer NOT NULL,
  end_seq           integer,
  conclusion        text CHECK (conclusion IN ('pass', 'fail', 'pass_with_changes')),
  conclusion_text   text,
  concluded_by      uuid REFERENCES users(id),
  concluded_at      timestamptz,
  UNIQUE (case_no, start_seq)
);
-- one open review per case
CREATE UNIQUE INDEX expert_reviews_open ON expert_reviews (case_no) WHERE status = 'open';
CREATE INDEX expert_reviews_status ON expert_reviews (status, due);

-- Each draw: the first for the panel, then one per declined invitation.
CREATE TABLE expert_draws (
  review_id    uuid NOT NULL REFERENCES expert_reviews(id),
  step         integer NOT NULL,
  seed         bigint NOT NULL,
  -- the DrawInput and the Candidate list of src/domain/expert.ts as they stood
  input        jsonb NOT NULL,
  candidates   jsonb NOT NULL,
  chosen       jsonb NOT NULL,
  replaces     uuid REFERENCES experts(id),
  drawn_by     uuid REFERENCES users(id),
  drawn_at     timestamptz NOT NULL,
  PRIMARY KEY (review_id, step)
);

-- An expert's place on a panel.
CREATE TABLE expert_assignments (
  review_id        uuid NOT NULL REFERENCES expert_reviews(id),
  expert_id        uuid NOT NULL REFERENCES experts(id),
  draw_step        integer NOT NULL,
  drawn_on         text NOT NULL,
  applicant_key    text NOT NULL,
  status           text NOT NULL CHECK (status IN ('invited', 'declined', 'signed')),
  decline_reason   text,
  declined_at      timestamptz,
  scores           jsonb,
  opinion          text,
  recommendation   text CHECK (recommendation IN ('pass', 'fail', 'pass_with_changes')),
  signed_at        timestamptz,
  opinion_sha256   text,
  signature        text,
  key_id           text,
  PRIMARY KEY (review_id, expert_id)
);
CREATE INDEX expert_assignments_expert ON expert_assignments (expert_id, status);
CREATE INDEX expert_assignments_applicant ON expert_assignments (applicant_key, drawn_on);
