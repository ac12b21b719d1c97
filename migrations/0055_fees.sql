-- Fees (收费, issue #20, docs/adr/0022-fees.md): each fee assessed on a case (核定), its waiver (减免),
-- its order on the unified public payment platform (统一公共支付平台) with the 缴款码, the payment and
-- the e-receipt (财政电子票据), refunds; every callback the platform sent (verified or not); the
-- platform's daily statements (对账单) and the findings a finance officer works through.
CREATE TABLE fee_assessments (
  id                  uuid PRIMARY KEY,
  case_no             text NOT NULL REFERENCES cases(case_no),
  -- the fee's place in the item version's fee list, its name, basis and computed terms as assessed
  fee_index           integer NOT NULL,
  fee_name            text NOT NULL,
  basis               text NOT NULL,
  item_code           text NOT NULL,
  due_at              text NOT NULL CHECK (due_at IN ('acceptance', 'decision')),
  rule                jsonb NOT NULL,
  input               jsonb NOT NULL,
  -- integers in fen (分)
  amount_fen          bigint NOT NULL CHECK (amount_fen >= 0),
  waiver_code         text,
  waiver_name         text,
  waiver_percent      integer,
  waiver_approver_role text,
  waived_fen          bigint NOT NULL DEFAULT 0 CHECK (waived_fen >= 0),
  due_fen             bigint NOT NULL CHECK (due_fen >= 0),
  payee               text NOT NULL,
  status              text NOT NULL CHECK (status IN ('waiver_pending', 'unpaid', 'paid', 'waived', 'overdue', 'refunded', 'cancelled')),
  assessed_by         uuid NOT NULL REFERENCES users(id),
  assessed_by_name    text NOT NULL,
  assessed_at         timestamptz NOT NULL,
  waiver_approved_by  uuid REFERENCES users(id),
  waiver_approved_name text,
  waiver_approved_at  timestamptz,
  -- the platform order: our order number, the platform's 缴款码 and its payment page
  order_no            text UNIQUE,
  pay_code            text UNIQUE,
  pay_url             text,
  notice_day          text,
  deadline            text,
  paid_at             timestamptz,
  paid_fen            bigint,
  trade_no            text,
  receipt_no          text,
  receipt_file        bytea,
  receipt_sha256      text,
  refunded_at         timestamptz,
  refund_fen          bigint,
  refund_reason       text,
  refund_by           uuid REFERENCES users(id),
  created_at          timestamptz NOT NULL
);
-- one live assessment per fee of a case (a cancelled one may be followed by another)
CREATE UNIQUE INDEX fee_assessments_live ON fee_assessments (case_no, fee_index) WHERE status <> 'cancelled';
CREATE INDEX fee_assessments_case ON fee_assessments (case_no);
CREATE INDEX fee_assessments_status ON fee_assessments (status, deadline);

-- Every callback the platform (or anyone) sent: a verified message id is kept once, so a replay does nothing.
CREATE TABLE fee_callbacks (
  id           bigserial PRIMARY KEY,
  -- webhook-id of a verified message (unique); null for one whose signature failed
  msg_id       text UNIQUE,
  received_at  timestamptz NOT NULL,
  order_no     text,
  verdict      text NOT NULL CHECK (verdict IN ('applied', 'forged', 'amount_mismatch', 'unknown_order', 'ignored')),
  detail       text NOT NULL,
  body         text NOT NULL
);

-- Findings for the finance officer: refused callbacks and reconciliation mismatches, with what was done about them.
CREATE TABLE fee_flags (
  id             uuid PRIMARY KEY,
  kind           text NOT NULL CHECK (kind IN ('forged_callback', 'amount_mismatch', 'not_recorded', 'not_paid', 'amount_differs')),
  order_no       text,
  pay_code       text,
  statement_day  text,
  statement_fen  bigint,
  recorded_fen   bigint,
  detail         text NOT NULL,
  created_at     timestamptz NOT NULL,
  resolved_at    timestamptz,
  resolved_by    uuid REFERENCES users(id),
  resolution     text,
  note           text,
  -- one finding per statement day, order and kind
  UNIQUE (statement_day, order_no, kind)
);
CREATE INDEX fee_flags_open ON fee_flags (resolved_at, created_at);

-- The platform's daily statements as imported (the CSV kept as received).
CREATE TABLE fee_statements (
  day          text PRIMARY KEY,
  imported_at  timestamptz NOT NULL,
  imported_by  uuid REFERENCES users(id),
  lines        integer NOT NULL,
  total_fen    bigint NOT NULL,
  csv          text NOT NULL
);

-- Payment reminders sent (one per assessment and day).
CREATE TABLE fee_reminders (
  assessment_id uuid NOT NULL REFERENCES fee_assessments(id),
  day           text NOT NULL,
  PRIMARY KEY (assessment_id, day)
);
