-- How many material links a case has (case_materials rows, never deleted), kept on the case row by every attachment
-- in the transaction that adds them. A case action reads its row locked, its log and its materials in one
-- statement; on PostgreSQL a lock that waited for an attachment's transaction leaves that statement's snapshot
-- without the new links, and the row's count, read as the lock found it, says so: the materials are read again.
-- Rows an older instance attaches during a rolling upgrade do not move the count: the mismatch makes the new
-- instances read again, never miss a file.
ALTER TABLE cases ADD COLUMN materials_count integer NOT NULL DEFAULT 0;
UPDATE cases c SET materials_count = (SELECT count(*) FROM case_materials m WHERE m.case_no = c.case_no);
