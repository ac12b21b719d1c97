-- Big-data analysis (大数据分析): one fact row per case, computed from its action log by the case
-- reducer and clock, and rollups of the facts per day and per month × department × zone × item ×
-- channel, with a histogram of working days to decision for percentiles. The action log stays the
-- truth: `shenpi analytics rebuild` recomputes all of this from it.

CREATE TABLE analytics_case_facts (
  case_no            text PRIMARY KEY REFERENCES cases(case_no),
  version            integer NOT NULL,            -- the case version the fact was computed at
  as_of              text NOT NULL,               -- the day the clock was read (open cases move with it)
  item_code          text NOT NULL,
  item_name          text NOT NULL,
  department_code    text NOT NULL,
  zone               text NOT NULL,               -- '' when the item has no hall zone
  channel            text NOT NULL,
  status             text NOT NULL,
  clock_state        text NOT NULL,
  outcome            text,                        -- approved | refused | rejected | withdrawn
  received_on        text,
  accepted_on        text,
  decided_on         text,
  closed_on          text,
  statutory_days     integer NOT NULL,
  promised_days      integer NOT NULL,
  instant            boolean NOT NULL,
  working_days       integer,
  on_time_promised   boolean,
  on_time_statutory  boolean,
  supplement_rounds  integer NOT NULL,
  paused_days        integer NOT NULL,
  pause_kinds        jsonb NOT NULL DEFAULT '[]',
  hall_visits        integer NOT NULL,
  zero_visit         boolean NOT NULL
);
CREATE INDEX analytics_facts_received ON analytics_case_facts (received_on);
CREATE INDEX analytics_facts_decided ON analytics_case_facts (decided_on) WHERE decided_on IS NOT NULL;
CREATE INDEX analytics_facts_closed ON analytics_case_facts (closed_on) WHERE closed_on IS NOT NULL;
CREATE INDEX analytics_facts_open ON analytics_case_facts (as_of) WHERE outcome IS NULL;

-- grain 'day': period YYYY-MM-DD; grain 'month': period YYYY-MM (the sum of its day rows)
CREATE TABLE analytics_rollup (
  grain               text NOT NULL CHECK (grain IN ('day', 'month')),
  period              text NOT NULL,
  department_code     text NOT NULL,
  zone                text NOT NULL,
  item_code           text NOT NULL,
  channel             text NOT NULL,
  received            integer NOT NULL DEFAULT 0,
  accepted            integer NOT NULL DEFAULT 0,
  decided             integer NOT NULL DEFAULT 0,
  approved            integer NOT NULL DEFAULT 0,
  refused             integer NOT NULL DEFAULT 0,
  rejected            integer NOT NULL DEFAULT 0,
  withdrawn           integer NOT NULL DEFAULT 0,
  on_time_promised    integer NOT NULL DEFAULT 0,
  on_time_statutory   integer NOT NULL DEFAULT 0,
  working_days_sum   integer NOT NULL DEFAULT 0,
  promised_days_sum  integer NOT NULL DEFAULT 0,
  statutory_days_sum integer NOT NULL DEFAULT 0,
  online              integer NOT NULL DEFAULT 0,
  zero_visit          integer NOT NULL DEFAULT 0,
  instant             integer NOT NULL DEFAULT 0,
  supplemented        integer NOT NULL DEFAULT 0,
  paused              integer NOT NULL DEFAULT 0,
  paused_days_sum    integer NOT NULL DEFAULT 0,
  pause_inspection    integer NOT NULL DEFAULT 0,
  pause_expert_review integer NOT NULL DEFAULT 0,
  pause_hearing       integer NOT NULL DEFAULT 0,
  pause_testing       integer NOT NULL DEFAULT 0,
  pause_appraisal     integer NOT NULL DEFAULT 0,
  PRIMARY KEY (grain, period, department_code, zone, item_code, channel)
);

CREATE TABLE analytics_rollup_hist (
  grain            text NOT NULL CHECK (grain IN ('day', 'month')),
  period           text NOT NULL,
  department_code  text NOT NULL,
  zone             text NOT NULL,
  item_code        text NOT NULL,
  channel          text NOT NULL,
  working_days     integer NOT NULL,
  n                integer NOT NULL,
  PRIMARY KEY (grain, period, department_code, zone, item_code, channel, working_days)
);

-- the hall figures read ratings and tickets by time
CREATE INDEX IF NOT EXISTS hall_ratings_created ON hall_ratings (created_at);
