-- An applicant's identity is bound to the account by something proved, not by the number typed at
-- registration (issue 15 item 1): a window clerk checks the 居民身份证 or 营业执照 at the counter and
-- binds it, recorded with who verified it and when. Until then an account reuses only the files it
-- uploaded itself and cannot act on licences. One binding per account; it names the number proved.
CREATE TABLE identity_verifications (
  user_id      uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  kind         text NOT NULL CHECK (kind IN ('person', 'organisation')),
  id_number    text,
  credit_code  text,
  document     text NOT NULL CHECK (document IN ('id_card', 'business_licence')),
  verified_by  uuid NOT NULL REFERENCES users(id),
  verified_at  timestamptz NOT NULL,
  CHECK ((kind = 'person') = (id_number IS NOT NULL) AND (kind = 'organisation') = (credit_code IS NOT NULL))
);
