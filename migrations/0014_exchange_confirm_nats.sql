-- Issue #7, the rest: a regulator's revocation request can wait for a bureau officer's decision
-- (SHENPI_EXCHANGE_CONFIRM_REVOCATION), and events are also published to NATS JetStream
-- (SHENPI_NATS_URL) from their own cursor over the exchange log.

ALTER TABLE exchange_inbound DROP CONSTRAINT exchange_inbound_status_check;
ALTER TABLE exchange_inbound ADD CONSTRAINT exchange_inbound_status_check
  CHECK (status IN ('received', 'awaiting_confirmation', 'applied', 'declined'));
-- who decided an awaiting request, and why (the regulator reads it with its messages)
ALTER TABLE exchange_inbound ADD COLUMN decided_by text;
ALTER TABLE exchange_inbound ADD COLUMN decision_note text;
CREATE INDEX exchange_inbound_awaiting ON exchange_inbound (received_at) WHERE status = 'awaiting_confirmation';

-- every exchange_events.seq at or below has been published to NATS (at least once; JetStream
-- drops the repeats by message id)
ALTER TABLE exchange_state ADD COLUMN nats_upto bigint NOT NULL DEFAULT 0;
