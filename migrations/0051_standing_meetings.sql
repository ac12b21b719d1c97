-- Standing joint meetings (联席会议制度, issue #22, docs/adr/0021-regulator-workbench.md): a meeting
-- of the standing inter-agency system has an agenda of several topics — a project, a case, an item's
-- rules, a policy question — and a decision per topic; a follow-up may name the topic it carries out.
-- Meetings of one project or one case stay as they were.
ALTER TABLE project_meetings ADD COLUMN standing boolean NOT NULL DEFAULT false;
ALTER TABLE project_meetings DROP CONSTRAINT project_meetings_check;
ALTER TABLE project_meetings ADD CONSTRAINT project_meetings_subject_check
  CHECK (CASE WHEN standing THEN project_id IS NULL AND case_no IS NULL ELSE (project_id IS NULL) <> (case_no IS NULL) END);

CREATE TABLE project_meeting_topics (
  meeting_id  uuid NOT NULL REFERENCES project_meetings(id) ON DELETE CASCADE,
  seq         integer NOT NULL,                 -- 1, 2, … in agenda order
  kind        text NOT NULL CHECK (kind IN ('project', 'case', 'item', 'policy')),
  ref         text,                             -- the project id, case number or item code; null for a policy question
  title       text NOT NULL,
  decision    text,                             -- 议定意见, written with the minutes
  PRIMARY KEY (meeting_id, seq),
  CHECK ((kind = 'policy') = (ref IS NULL))
);

ALTER TABLE project_followups ADD COLUMN topic_seq integer;
