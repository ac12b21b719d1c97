-- An inspection can be cancelled (the case no longer needs it, or it cannot take place): a
-- scheduled one ends the case's pause in the same transaction (ADR 0007, "Inspection").
ALTER TABLE inspections DROP CONSTRAINT inspections_status_check;
ALTER TABLE inspections ADD CONSTRAINT inspections_status_check CHECK (status IN ('requested', 'scheduled', 'done', 'cancelled'));
ALTER TABLE inspections ADD COLUMN cancel_reason text;
