-- Notices to applicants (issue #13): one notice per event per person in the inbox (站内信), and one
-- delivery per notice per outside channel (SMS now, WeChat next), sent by the notices dispatcher.
CREATE TABLE notices (
  id         uuid PRIMARY KEY,
  -- the outbox event that caused it: with user_id and template, what makes it happen once
  outbox_id  bigint NOT NULL REFERENCES outbox(id),
  user_id    uuid NOT NULL REFERENCES users(id),
  case_no    text,
  template   text NOT NULL,
  title      text NOT NULL,
  body       text NOT NULL,
  params     jsonb NOT NULL,
  required   boolean NOT NULL,
  created_at timestamptz NOT NULL,
  read_at    timestamptz,
  UNIQUE (outbox_id, user_id, template)
);
CREATE INDEX notices_user ON notices (user_id, created_at DESC);
CREATE INDEX notices_case ON notices (case_no) WHERE case_no IS NOT NULL;

CREATE TABLE notice_deliveries (
  id          bigserial PRIMARY KEY,
  notice_id   uuid NOT NULL REFERENCES notices(id),
  channel     text NOT NULL CHECK (channel IN ('sms')),
  address     text NOT NULL,
  status      text NOT NULL CHECK (status IN ('pending', 'sent', 'dead')),
  attempts    integer NOT NULL DEFAULT 0,
  next_at     timestamptz NOT NULL,
  last_error  text,
  provider_id text,
  sent_at     timestamptz,
  UNIQUE (notice_id, channel)
);
CREATE INDEX notice_deliveries_due ON notice_deliveries (next_at) WHERE status = 'pending';
CREATE INDEX notice_deliveries_address ON notice_deliveries (address, sent_at) WHERE status = 'sent';

-- What a person turned off; a notice the law requires is sent anyway.
CREATE TABLE notice_settings (
  user_id    uuid PRIMARY KEY REFERENCES users(id),
  sms        boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL
);
