-- The chain head keeps the hash it replaced, so one UPDATE … RETURNING gives a writer both ends of
-- its link and the audit row is appended in a single statement (ADR 0002, "The cost of an action").
ALTER TABLE audit_head ADD COLUMN prev_hash text NOT NULL DEFAULT 'GENESIS';
