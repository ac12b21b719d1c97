-- The service hall (issue #5): window sessions, tickets and their calls, appointments,
-- ratings (好差评) and rectification of bad ratings. Dates (`day`, `due_date`) are Shanghai
-- calendar days as YYYY-MM-DD text, like the cases' due days.

-- Which items a (non-comprehensive) window serves; a 综合窗口 serves every item of its zone.
CREATE TABLE hall_window_items (
  window_id  bigint NOT NULL REFERENCES windows(id) ON DELETE CASCADE,
  item_code  text NOT NULL,
  PRIMARY KEY (window_id, item_code)
);

-- A member of staff signed in to a window for one day; one window per person per day.
CREATE TABLE hall_sessions (
  window_id     bigint NOT NULL REFERENCES windows(id),
  day           text NOT NULL,
  user_id       uuid NOT NULL REFERENCES users(id),
  paused        boolean NOT NULL DEFAULT false,
  signed_in_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (window_id, day),
  UNIQUE (user_id, day)
);

-- Ticket numbers: zone letter + three digits, restarting each day (A001).
CREATE TABLE hall_ticket_counters (
  zone_code  text NOT NULL REFERENCES zones(code),
  day        text NOT NULL,
  last       integer NOT NULL,
  PRIMARY KEY (zone_code, day)
);

CREATE TABLE hall_tickets (
  id                bigserial PRIMARY KEY,
  day               text NOT NULL,
  zone_code         text NOT NULL REFERENCES zones(code),
  number            text NOT NULL,
  item_code         text,
  item_name         text,
  priority          text NOT NULL CHECK (priority IN ('normal', 'elderly', 'disabled', 'military', 'pregnant')),
  source            text NOT NULL CHECK (source IN ('kiosk', 'appointment', 'clerk')),
  appointment_id    uuid,
  appt_start        timestamptz,
  appt_end          timestamptz,
  taken_at          timestamptz NOT NULL,
  -- the time the queue orders by: taken_at, kept on transfer, reset by a re-queue after a no-show
  queue_at          timestamptz NOT NULL,
  status            text NOT NULL CHECK (status IN ('waiting', 'called', 'serving', 'done', 'skipped')),
  -- a transfer to one window: only that window may call it
  target_window_id  bigint REFERENCES windows(id),
  window_id         bigint REFERENCES windows(id),
  staff_id          uuid REFERENCES users(id),
  called_at         timestamptz,
  called_count      integer NOT NULL DEFAULT 0,
  started_at        timestamptz,
  finished_at       timestamptz,
  requeued          boolean NOT NULL DEFAULT false,
  transfers         integer NOT NULL DEFAULT 0,
  case_no           text,
  -- a client's key for the issuing request: a retried request gets the same ticket
  request_key       text UNIQUE,
  -- sha-256 of the one-time rating link's token, set when the service finishes
  rating_token_hash text UNIQUE,
  UNIQUE (day, number),
  CHECK ((appt_start IS NULL) = (appt_end IS NULL))
);
-- a window holds at most one ticket at a time
CREATE UNIQUE INDEX hall_tickets_window_active ON hall_tickets (window_id) WHERE status IN ('called', 'serving');
CREATE INDEX hall_tickets_waiting ON hall_tickets (zone_code, queue_at) WHERE status = 'waiting';
CREATE INDEX hall_tickets_day ON hall_tickets (day, zone_code);
-- recent service times per zone (waiting estimates)
CREATE INDEX hall_tickets_finished ON hall_tickets (zone_code, finished_at) WHERE status = 'done';
-- the case a ticket was linked to (rating a case by its window)
CREATE INDEX hall_tickets_case ON hall_tickets (case_no) WHERE case_no IS NOT NULL;

CREATE TABLE hall_ticket_events (
  id         bigserial PRIMARY KEY,
  ticket_id  bigint NOT NULL REFERENCES hall_tickets(id),
  at         timestamptz NOT NULL,
  type       text NOT NULL,
  window_id  bigint REFERENCES windows(id),
  user_id    uuid REFERENCES users(id),
  detail     jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX hall_ticket_events_ticket ON hall_ticket_events (ticket_id, id);

-- Booked places per zone per half-hour slot; the row is the counter that caps the capacity.
CREATE TABLE hall_slot_counts (
  zone_code   text NOT NULL REFERENCES zones(code),
  slot_start  timestamptz NOT NULL,
  booked      integer NOT NULL,
  PRIMARY KEY (zone_code, slot_start)
);

CREATE TABLE hall_appointments (
  id             uuid PRIMARY KEY,
  code           text NOT NULL UNIQUE,
  user_id        uuid NOT NULL REFERENCES users(id),
  id_number      text,
  zone_code      text NOT NULL REFERENCES zones(code),
  item_code      text,
  item_name      text,
  slot_start     timestamptz NOT NULL,
  slot_end       timestamptz NOT NULL,
  status         text NOT NULL CHECK (status IN ('booked', 'checked_in', 'cancelled', 'no_show')),
  created_at     timestamptz NOT NULL,
  checked_in_at  timestamptz,
  ticket_id      bigint REFERENCES hall_tickets(id)
);
-- one active booking per person per item (or per zone when no item is named)
CREATE UNIQUE INDEX hall_appointments_active ON hall_appointments (user_id, (coalesce(item_code, 'zone:' || zone_code))) WHERE status = 'booked';
CREATE INDEX hall_appointments_user ON hall_appointments (user_id, slot_start);
CREATE INDEX hall_appointments_id_number ON hall_appointments (id_number, slot_start) WHERE status = 'booked';

CREATE TABLE hall_ratings (
  id           bigserial PRIMARY KEY,
  -- ticket:<id> or case:<case number>; one rating per service
  service_ref  text NOT NULL UNIQUE,
  ticket_id    bigint REFERENCES hall_tickets(id),
  case_no      text,
  -- the ticket's zone; null for a case applied online
  zone_code    text,
  window_id    bigint REFERENCES windows(id),
  staff_id     uuid REFERENCES users(id),
  item_code    text,
  grade        text NOT NULL CHECK (grade IN ('very_satisfied', 'satisfied', 'basic', 'dissatisfied', 'very_dissatisfied')),
  reasons      jsonb NOT NULL DEFAULT '[]',
  comment      text NOT NULL DEFAULT '',
  channel      text NOT NULL CHECK (channel IN ('pad', 'link', 'online')),
  device       text,
  phone        text,
  flagged      boolean NOT NULL DEFAULT false,
  created_at   timestamptz NOT NULL
);
CREATE INDEX hall_ratings_device ON hall_ratings (device, created_at);
CREATE INDEX hall_ratings_phone ON hall_ratings (phone, created_at) WHERE phone IS NOT NULL;

-- 整改: a bad rating opens one for the chief of the staff member's department.
CREATE TABLE hall_rectifications (
  id               uuid PRIMARY KEY,
  rating_id        bigint NOT NULL UNIQUE REFERENCES hall_ratings(id),
  department_code  text,
  status           text NOT NULL CHECK (status IN ('open', 'verified', 'called_back', 'rectified', 'closed')),
  opened_on        text NOT NULL,
  due_date         text NOT NULL,
  verify_note      text,
  callback_note    text,
  callback_at      timestamptz,
  rectify_note     text,
  outcome          text,
  closed_at        timestamptz,
  updated_by       uuid REFERENCES users(id),
  rev              integer NOT NULL DEFAULT 1
);
CREATE INDEX hall_rectifications_open ON hall_rectifications (department_code, due_date) WHERE status <> 'closed';
