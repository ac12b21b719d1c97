-- Parallel approval of investment projects (并联审批), joint meetings (联席会议), the agency
-- service (代办服务中心) and external trading milestones (公共资源交易), issue #8.
-- Dates are Shanghai calendar days as YYYY-MM-DD text, like the cases' due days.

-- Project numbers 泰投项〔YYYY〕N号, N restarting each year.
CREATE TABLE project_sequences (
  year  integer PRIMARY KEY,
  last  integer NOT NULL
);

-- A company's written authorisation (授权委托书) of an agent of the centre.
CREATE TABLE agency_authorisations (
  id              uuid PRIMARY KEY,
  company_name    text NOT NULL,
  credit_code     text NOT NULL,
  agent_user_id   uuid NOT NULL REFERENCES users(id),
  scope           text NOT NULL CHECK (scope IN ('project', 'all')),
  -- scope 'project': the project it names, bound when the agent files it
  project_name    text,
  project_id      uuid,
  letter_ref      text NOT NULL,
  valid_from      text NOT NULL,
  valid_to        text NOT NULL,
  revoked_at      timestamptz,
  created_by      uuid NOT NULL REFERENCES users(id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (valid_from <= valid_to),
  CHECK ((scope = 'project') = (project_name IS NOT NULL))
);
CREATE UNIQUE INDEX agency_authorisations_letter ON agency_authorisations (credit_code, letter_ref);
CREATE INDEX agency_authorisations_agent ON agency_authorisations (agent_user_id);

CREATE TABLE projects (
  id                    uuid PRIMARY KEY,
  code                  text NOT NULL UNIQUE,
  name                  text NOT NULL,
  company_name          text NOT NULL,
  credit_code           text,
  lead_department_code  text NOT NULL REFERENCES departments(code),
  -- a set project limit in working days; null: the longest promised limit of its items
  limit_days            integer CHECK (limit_days IS NULL OR limit_days BETWEEN 1 AND 365),
  agent_user_id         uuid REFERENCES users(id),
  authorisation_id      uuid REFERENCES agency_authorisations(id),
  applicant_user_id     uuid REFERENCES users(id),
  created_by            uuid NOT NULL REFERENCES users(id),
  created_at            timestamptz NOT NULL,
  -- a retried creation with the same key returns the first project
  request_key           text UNIQUE,
  rev                   integer NOT NULL DEFAULT 1
);
CREATE INDEX projects_agent ON projects (agent_user_id);
ALTER TABLE agency_authorisations ADD CONSTRAINT agency_authorisations_project FOREIGN KEY (project_id) REFERENCES projects(id);
-- one project per project-scope authorisation
CREATE UNIQUE INDEX agency_authorisations_bound ON agency_authorisations (project_id) WHERE scope = 'project';

-- The items of a project: one case each, in the order filed.
CREATE TABLE project_cases (
  project_id       uuid NOT NULL REFERENCES projects(id),
  case_no          text NOT NULL UNIQUE REFERENCES cases(case_no),
  item_code        text NOT NULL,
  promised_days    integer NOT NULL,
  sort_order       integer NOT NULL,
  PRIMARY KEY (project_id, case_no)
);

-- 联席会议, for one project or one case.
CREATE TABLE project_meetings (
  id            uuid PRIMARY KEY,
  project_id    uuid REFERENCES projects(id),
  case_no       text REFERENCES cases(case_no),
  title         text NOT NULL,
  agenda        text NOT NULL,
  meeting_date  text NOT NULL,
  location      text NOT NULL DEFAULT '',
  minutes       text,
  called_by     uuid NOT NULL REFERENCES users(id),
  created_at    timestamptz NOT NULL,
  rev           integer NOT NULL DEFAULT 1,
  CHECK ((project_id IS NULL) <> (case_no IS NULL))
);
CREATE INDEX project_meetings_project ON project_meetings (project_id);

CREATE TABLE project_meeting_departments (
  meeting_id       uuid NOT NULL REFERENCES project_meetings(id) ON DELETE CASCADE,
  department_code  text NOT NULL REFERENCES departments(code),
  PRIMARY KEY (meeting_id, department_code)
);

-- One decision line per case discussed.
CREATE TABLE project_meeting_decisions (
  meeting_id  uuid NOT NULL REFERENCES project_meetings(id) ON DELETE CASCADE,
  case_no     text NOT NULL REFERENCES cases(case_no),
  decision    text NOT NULL,
  PRIMARY KEY (meeting_id, case_no)
);

CREATE TABLE project_followups (
  id             uuid PRIMARY KEY,
  meeting_id     uuid NOT NULL REFERENCES project_meetings(id) ON DELETE CASCADE,
  task           text NOT NULL,
  owner_user_id  uuid NOT NULL REFERENCES users(id),
  due_date       text NOT NULL,
  done_at        timestamptz,
  done_by        uuid REFERENCES users(id),
  done_note      text
);
CREATE INDEX project_followups_owner ON project_followups (owner_user_id);

-- External milestones of a case (公共资源交易: land transfer, bidding) as recorded by an officer.
CREATE TABLE case_milestones (
  case_no      text NOT NULL REFERENCES cases(case_no),
  name         text NOT NULL,
  reference    text NOT NULL,
  on_date      text NOT NULL,
  recorded_by  uuid NOT NULL REFERENCES users(id),
  recorded_at  timestamptz NOT NULL,
  PRIMARY KEY (case_no, name)
);
