-- The year's State Council notice (国务院办公厅关于部分节假日安排的通知) as the administrator enters
-- it, and the revisions of the working calendar (ADR 0012).
--
-- A revision is everything the calendar is made of at one time (notices, the bureau's overrides,
-- which years of the national data count, whether the statutory holidays stand in for a missing
-- notice), kept so a case computed on an older revision can be recomputed against the new one:
-- each case and each analytics fact records the revision its due days were last computed on.
-- Revision 1 is the calendar before this migration (the national data and the overrides, no
-- statutory fallback): the rows that exist now were computed on it, and carry NULL for it.

CREATE TABLE calendar_notices (
  year        integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2200),
  document    text NOT NULL CHECK (length(document) > 0),   -- 文件名称及文号
  holidays    jsonb NOT NULL,                               -- [{name, from, to, workdays: [date]}]
  entered_by  uuid REFERENCES users(id),
  entered_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE calendar_revisions (
  id           integer PRIMARY KEY,
  fingerprint  text NOT NULL,                                -- sha256 of the definition's canonical JSON
  definition   jsonb NOT NULL,                               -- {statutory, nationalYears, notices, overrides}
  note         text NOT NULL,                                -- what changed, in the words a case action quotes
  created_at   timestamptz NOT NULL DEFAULT now()
);

INSERT INTO calendar_revisions (id, fingerprint, definition, note)
SELECT 1, 'legacy',
       jsonb_build_object(
         'statutory', false,
         'nationalYears', NULL,
         'notices', '[]'::jsonb,
         'overrides', COALESCE((SELECT jsonb_agg(jsonb_build_object('date', to_char(date, 'YYYY-MM-DD'), 'working', working, 'reason', reason) ORDER BY date)
                                FROM calendar_overrides), '[]'::jsonb)),
       '升级前的工作日历（未公布放假安排的年份只按周末计算）';

ALTER TABLE cases ADD COLUMN calendar_revision integer;                 -- NULL: revision 1
ALTER TABLE analytics_case_facts ADD COLUMN calendar_revision integer;  -- NULL: revision 1
CREATE INDEX analytics_facts_calendar_revision ON analytics_case_facts (calendar_revision);
