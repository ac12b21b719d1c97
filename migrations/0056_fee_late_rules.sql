-- Fees (issue #20, docs/adr/0022-fees.md § Late payment): the item's rule for a fee unpaid past its
-- deadline, as assessed (wait / surcharge / terminate), and the 滞纳金 the sweeper has applied: the
-- amount for `surcharge_days` days late, recomputed once a day (`surcharge_day`), never above due_fen.
ALTER TABLE fee_assessments ADD COLUMN late_rule jsonb NOT NULL DEFAULT '{"kind":"wait","remindEveryDays":7}';
ALTER TABLE fee_assessments ADD COLUMN surcharge_fen bigint NOT NULL DEFAULT 0 CHECK (surcharge_fen >= 0 AND surcharge_fen <= due_fen);
ALTER TABLE fee_assessments ADD COLUMN surcharge_days integer NOT NULL DEFAULT 0;
ALTER TABLE fee_assessments ADD COLUMN surcharge_day text;
-- when the late rule `terminate` ended the application (the assessment is then cancelled)
ALTER TABLE fee_assessments ADD COLUMN lapsed_at timestamptz;
