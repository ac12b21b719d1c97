-- Pushes to the provincial platform (issue #19, docs/adr/0019-provincial-platform.md): every 办件
-- record (a case's state after each step), 好差评 record and e-licence record the province consumer
-- built, its delivery attempts and the platform's receipt.
CREATE TABLE province_pushes (
  id            bigserial PRIMARY KEY,
  -- the outbox event it was built from (the consumer writes each event's records once)
  outbox_id     bigint NOT NULL REFERENCES outbox(id),
  -- banjian: 办件数据汇聚; rating: 好差评; licence: 电子证照库
  kind          text NOT NULL CHECK (kind IN ('banjian', 'rating', 'licence')),
  -- the case number, the rating's service or the licence number
  subject       text NOT NULL,
  -- the record's own id, sent as recordId: the platform answers once per id
  record_id     text NOT NULL UNIQUE,
  record        jsonb NOT NULL,
  -- pending: to send (again); accepted / rejected: the platform's receipt; failed: retries ran out
  status        text NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected', 'failed')),
  attempts      integer NOT NULL DEFAULT 0,
  next_at       timestamptz NOT NULL,
  -- retries go on for a window from here (the first try, or an operator's resend)
  retry_from    timestamptz NOT NULL,
  -- a sender's hold on the row while it posts it
  claim         uuid,
  claimed_until timestamptz,
  last_error    text,
  -- the receipt: its id, the platform's reason for a rejection and the fields it named
  receipt_id    text,
  reason        text,
  field_errors  jsonb,
  answered_at   timestamptz,
  resent_count  integer NOT NULL DEFAULT 0,
  created_at    timestamptz NOT NULL
);
CREATE INDEX province_pushes_due ON province_pushes (next_at) WHERE status = 'pending';
CREATE INDEX province_pushes_status ON province_pushes (status, id DESC);
CREATE INDEX province_pushes_subject ON province_pushes (subject, id);
