-- Notices (issue #13, part 2): WeChat as a second outside channel, a phone proved by a code, and
-- templates the administrator edits (with history).
ALTER TABLE notice_deliveries DROP CONSTRAINT notice_deliveries_channel_check;
ALTER TABLE notice_deliveries ADD CONSTRAINT notice_deliveries_channel_check CHECK (channel IN ('sms', 'wechat'));

ALTER TABLE notice_settings ADD COLUMN wechat boolean NOT NULL DEFAULT true;
-- the openid of the person at the bureau's official account (公众号), from WeChat's OAuth
ALTER TABLE notice_settings ADD COLUMN wechat_openid text UNIQUE;
ALTER TABLE notice_settings ADD COLUMN wechat_bound_at timestamptz;
-- a pending binding: the OAuth state sent to WeChat, and when
ALTER TABLE notice_settings ADD COLUMN wechat_state text;
ALTER TABLE notice_settings ADD COLUMN wechat_state_at timestamptz;

-- a phone the person proved by a code sent to it
ALTER TABLE users ADD COLUMN phone_verified_at timestamptz;
CREATE TABLE phone_codes (
  id         bigserial PRIMARY KEY,
  user_id    uuid NOT NULL REFERENCES users(id),
  phone      text NOT NULL,
  code_hash  text NOT NULL,
  sent_at    timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  attempts   integer NOT NULL DEFAULT 0,
  used_at    timestamptz
);
CREATE INDEX phone_codes_user ON phone_codes (user_id, sent_at DESC);
CREATE INDEX phone_codes_phone ON phone_codes (phone, sent_at DESC);

-- the administrator's wording of a notice template; absent: the built-in wording
CREATE TABLE notice_template_versions (
  template      text NOT NULL,
  version       integer NOT NULL,
  name          text NOT NULL,
  sms           text NOT NULL,
  -- the provider's template code this wording is registered under (a changed SMS text is a new template at the provider)
  sms_code      text,
  edited_by     uuid NOT NULL REFERENCES users(id),
  edited_at     timestamptz NOT NULL,
  PRIMARY KEY (template, version)
);
