-- The working-days histogram (for percentiles) without the item: keyed by grain, period, department,
-- zone and channel it stays small enough to read years of it fast (ADR 0009 §4). With an item
-- filter the percentile is read from the facts of that item (the index below).
DROP TABLE analytics_rollup_hist;
CREATE TABLE analytics_rollup_hist (
  grain            text NOT NULL CHECK (grain IN ('day', 'month')),
  period           text NOT NULL,
  department_code  text NOT NULL,
  zone             text NOT NULL,
  channel          text NOT NULL,
  working_days     integer NOT NULL,
  n                integer NOT NULL,
  PRIMARY KEY (grain, period, department_code, zone, channel, working_days)
);
INSERT INTO analytics_rollup_hist (grain, period, department_code, zone, channel, working_days, n)
SELECT g.grain, CASE WHEN g.grain = 'day' THEN decided_on ELSE left(decided_on, 7) END, department_code, zone, channel, working_days, count(*)
FROM analytics_case_facts CROSS JOIN (VALUES ('day'), ('month')) AS g(grain)
WHERE decided_on IS NOT NULL AND working_days IS NOT NULL
GROUP BY 1, 2, department_code, zone, channel, working_days;
CREATE INDEX analytics_facts_item_decided ON analytics_case_facts (item_code, decided_on) WHERE decided_on IS NOT NULL;
-- the satisfaction figures count ratings by time: an index-only scan with what they filter on
DROP INDEX IF EXISTS hall_ratings_created;
CREATE INDEX hall_ratings_created_grade ON hall_ratings (created_at) INCLUDE (grade, zone_code, item_code);
