-- The regulators' workbench (issue #22, docs/adr/0021-regulator-workbench.md): every decision and
-- licence event of an item is to be acknowledged (签收) by each department regulating the item within
-- two working days; the fan-out writes one row per (event, regulating department) with its due date.
CREATE TABLE exchange_acks (
  department_code      text NOT NULL REFERENCES departments(code),
  event_seq            bigint NOT NULL REFERENCES exchange_events(seq),
  event_on             text NOT NULL,        -- the event's business date (service clock) the days count from
  due                  text NOT NULL,        -- date: two working days after event_on
  acknowledged_at      timestamptz,
  acknowledged_on      text,                 -- the service clock's Beijing date of the acknowledgement
  acknowledged_by      uuid,
  acknowledged_by_name text,
  PRIMARY KEY (department_code, event_seq)
);
CREATE INDEX exchange_acks_open ON exchange_acks (department_code, due) WHERE acknowledged_at IS NULL;

-- The department's own signing secret (Standard Webhooks) for messages its staff send from the
-- workbench: signed on the server, verified on the same inbound path as a regulator system's.
CREATE TABLE exchange_department_keys (
  department_code text PRIMARY KEY REFERENCES departments(code),
  secret          text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);

-- who sent a message from the workbench (null: a regulator system through the API)
ALTER TABLE exchange_inbound ADD COLUMN sent_by uuid;
ALTER TABLE exchange_inbound ADD COLUMN sent_by_name text;
