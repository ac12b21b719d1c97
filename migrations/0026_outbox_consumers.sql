-- Outbox consumers: after-commit work (documents, licences, analytics, notices, pushes to the
-- province) reads the outbox with a cursor of its own, off the request path.
--
-- `txid` is the id of the transaction that wrote the row. A consumer reads only rows whose
-- transaction is older than every transaction still running (pg_snapshot_xmin), in (txid, id)
-- order: a row whose transaction got its id early but committed late is never passed over, and
-- no row can later appear below a cursor. Rows written before this migration share its txid.
ALTER TABLE outbox ADD COLUMN txid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX outbox_txid ON outbox (txid, id);

-- One row per consumer: how far it has read. A pass locks its row, so one process at a time
-- moves a consumer (FOR UPDATE SKIP LOCKED: the others skip it for that pass).
CREATE TABLE outbox_cursors (
  consumer   text PRIMARY KEY,
  txid       xid8 NOT NULL,
  id         bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- An event a consumer failed on: attempts so far, the last error, and whether it was set aside
-- (parked) so the consumer could go on. A parked event waits for an operator's replay.
CREATE TABLE outbox_failures (
  consumer   text NOT NULL,
  outbox_id  bigint NOT NULL REFERENCES outbox(id),
  attempts   integer NOT NULL,
  last_error text NOT NULL,
  parked     boolean NOT NULL DEFAULT false,
  failed_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, outbox_id)
);
