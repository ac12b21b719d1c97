-- Data exchange with the regulators (业务数据共享交换, issue #7): subscriptions, the events taken
-- from the outbox, one delivery per (subscription, event) with its attempts, and inbound messages.

-- One row: the fan-out's high-water mark and the head of the exchange log's hash chain. Fan-out and
-- claiming lock it, so exactly one process at a time turns outbox rows into deliveries or claims them.
CREATE TABLE exchange_state (
  id          integer PRIMARY KEY CHECK (id = 1),
  outbox_upto bigint NOT NULL,          -- every outbox id at or below has been considered
  head_hash   text NOT NULL
);
INSERT INTO exchange_state (id, outbox_upto, head_hash) VALUES (1, 0, repeat('0', 64));

CREATE TABLE exchange_subscriptions (
  id                   uuid PRIMARY KEY,
  department_code      text NOT NULL REFERENCES departments(code),
  name                 text NOT NULL,
  url                  text NOT NULL,
  event_types          jsonb NOT NULL,   -- ["licence.issued", …]; the CloudEvents types without the prefix
  item_codes           jsonb,            -- null: every item the department regulates
  secret               text NOT NULL,    -- whsec_…, shown once
  enabled              boolean NOT NULL DEFAULT true,
  consecutive_failures integer NOT NULL DEFAULT 0,
  alerting_since       timestamptz,
  created_by           uuid,
  created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX exchange_subscriptions_department ON exchange_subscriptions (department_code);

-- The exchange log, outbound half: every outbox event the exchange publishes, as its CloudEvent,
-- hash-chained (hash = sha256(prev_hash || canonical event)). `seq` is assigned under the state
-- lock, so it grows in commit order and serves as the pull feed's cursor.
CREATE TABLE exchange_events (
  seq        bigserial PRIMARY KEY,
  outbox_id  bigint NOT NULL UNIQUE REFERENCES outbox(id),
  type       text NOT NULL,
  subject    text NOT NULL,
  item_code  text NOT NULL,
  event      jsonb NOT NULL,
  prev_hash  text NOT NULL,
  hash       text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX exchange_events_item ON exchange_events (item_code, seq);

CREATE TABLE exchange_deliveries (
  id              bigserial PRIMARY KEY,
  subscription_id uuid NOT NULL REFERENCES exchange_subscriptions(id),
  event_seq       bigint NOT NULL REFERENCES exchange_events(seq),
  subject         text NOT NULL,
  status          text NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
  attempts        integer NOT NULL DEFAULT 0,
  next_at         timestamptz NOT NULL,
  retry_from      timestamptz NOT NULL,  -- retries go on until retry_from + the retry window, then dead; a replay restarts it
  claimed_until   timestamptz,
  claim           text,
  receipt_due     text NOT NULL,         -- date: two working days after the event (审管互动)
  delivered_at    timestamptz,
  last_status     integer,
  last_error      text,
  created_at      timestamptz NOT NULL,
  UNIQUE (subscription_id, event_seq)
);
CREATE INDEX exchange_deliveries_due ON exchange_deliveries (next_at) WHERE status = 'pending';
CREATE INDEX exchange_deliveries_subject ON exchange_deliveries (subscription_id, subject, event_seq) WHERE status = 'pending';
CREATE INDEX exchange_deliveries_status ON exchange_deliveries (status, id);

CREATE TABLE exchange_attempts (
  id          bigserial PRIMARY KEY,
  delivery_id bigint NOT NULL REFERENCES exchange_deliveries(id),
  at          timestamptz NOT NULL,
  status_code integer,                   -- null: no answer (refused, timeout)
  latency_ms  integer NOT NULL,
  error       text,
  response    text                       -- the first 500 characters of the answer
);
CREATE INDEX exchange_attempts_delivery ON exchange_attempts (delivery_id, id);

-- The exchange log, inbound half: supervision results from regulators, once per message id.
CREATE TABLE exchange_inbound (
  id              uuid PRIMARY KEY,
  department_code text NOT NULL REFERENCES departments(code),
  message_id      text NOT NULL,
  type            text NOT NULL,
  licence_no      text,
  holder_id       text,
  body            jsonb NOT NULL,
  status          text NOT NULL CHECK (status IN ('received', 'applied')),
  effect          text,
  received_at     timestamptz NOT NULL,
  applied_at      timestamptz,
  prev_hash       text NOT NULL,
  hash            text NOT NULL,
  UNIQUE (department_code, message_id)
);
CREATE INDEX exchange_inbound_licence ON exchange_inbound (licence_no);
CREATE INDEX exchange_inbound_holder ON exchange_inbound (holder_id);
