-- 国密 signatures beside Ed25519 (ADR 0020): every signing key has its algorithm, and what the
-- bureau signs keeps an SM2 (SM3withSM2) signature next to the Ed25519 one. Rows signed before
-- have none (NULL) and stay valid with their Ed25519 signature.
ALTER TABLE signing_keys ADD COLUMN algorithm text NOT NULL DEFAULT 'Ed25519' CHECK (algorithm IN ('Ed25519', 'SM2'));

ALTER TABLE licences ADD COLUMN sm2_key_id text REFERENCES signing_keys(key_id);
ALTER TABLE licences ADD COLUMN sm2_signature text;         -- base64url DER over payload_text

ALTER TABLE documents ADD COLUMN sm2_key_id text REFERENCES signing_keys(key_id);
ALTER TABLE documents ADD COLUMN sm2_signature text;        -- base64url DER over signed_sha256

ALTER TABLE expert_assignments ADD COLUMN sm2_key_id text;
ALTER TABLE expert_assignments ADD COLUMN sm2_signature text; -- base64url DER over opinion_sha256
