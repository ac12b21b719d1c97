-- Failed logins are counted per (username as typed, client address), not per account: a stranger
-- locks out only themselves, and an unknown username is counted and locked exactly like a known
-- one, so neither 401 nor 423 tells which usernames exist (issue 15 item 10).
CREATE TABLE login_failures (
  username     text NOT NULL,
  address      text NOT NULL,
  failures     integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (username, address)
);
CREATE INDEX login_failures_updated ON login_failures (updated_at);
ALTER TABLE users DROP COLUMN failed_logins, DROP COLUMN locked_until;

-- The 身份证号 / 统一社会信用代码 given at registration is a claim, not an identity: several accounts may
-- claim one, so registration never confirms that a number is known. What the number unlocks (reusing
-- files, licences) follows only a verified binding (migration 0023).
DROP INDEX users_id_number;
DROP INDEX users_credit_code;
CREATE INDEX users_id_number ON users (id_number) WHERE id_number IS NOT NULL;
CREATE INDEX users_credit_code ON users (credit_code) WHERE credit_code IS NOT NULL;
