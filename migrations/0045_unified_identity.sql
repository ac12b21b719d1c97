-- Unified identity (统一身份认证, issue 19): the province's identity platform proves an applicant's
-- identity by OpenID Connect. Its proof is a binding like the window clerk's (0023), recorded with
-- the issuer and the subject that proved it instead of a clerk, and the real-name level (实名等级)
-- it vouched for; an organisation's binding also names the handler (经办人) who logged in for it
-- and the authority the platform gave them. A clerk's check of the original document at the
-- counter is a face-to-face check: level L3.
ALTER TABLE identity_verifications DROP CONSTRAINT identity_verifications_document_check;
ALTER TABLE identity_verifications ALTER COLUMN verified_by DROP NOT NULL;
ALTER TABLE identity_verifications
  ADD COLUMN realname_level    text NOT NULL DEFAULT 'L3' CHECK (realname_level IN ('L1', 'L2', 'L3')),
  ADD COLUMN issuer            text,
  ADD COLUMN subject           text,
  ADD COLUMN handler_name      text,
  ADD COLUMN handler_id_number text,
  ADD COLUMN handler_authority text;
ALTER TABLE identity_verifications ALTER COLUMN realname_level DROP DEFAULT;
ALTER TABLE identity_verifications
  ADD CONSTRAINT identity_verifications_document_check CHECK (document IN ('id_card', 'business_licence', 'unified_identity')),
  ADD CONSTRAINT identity_verifications_proof CHECK (
    CASE WHEN document = 'unified_identity' THEN verified_by IS NULL AND issuer IS NOT NULL AND subject IS NOT NULL
         ELSE verified_by IS NOT NULL AND issuer IS NULL END);

-- A login through the platform in flight: the browser holds a random handle in a cookie, the row
-- the state, nonce and PKCE verifier it must come back with; used once, then deleted.
CREATE TABLE oidc_logins (
  handle_hash    text PRIMARY KEY,
  state          text NOT NULL,
  nonce          text NOT NULL,
  code_verifier  text NOT NULL,
  return_to      text NOT NULL,
  expires_at     timestamptz NOT NULL
);

-- A session opened by the platform's login: logout also ends the platform's session (single logout).
ALTER TABLE sessions ADD COLUMN idp_issuer text;
