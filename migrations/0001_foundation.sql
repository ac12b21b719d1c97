-- Foundation: organisation, people and access, audit trail, the four-stage item catalog.

CREATE TABLE departments (
  code         text PRIMARY KEY,
  name         text NOT NULL UNIQUE,
  kind         text NOT NULL CHECK (kind IN ('bureau', 'division', 'institution', 'regulator')),
  parent_code  text REFERENCES departments(code),
  credit_code  text,
  sort_order   integer NOT NULL DEFAULT 0
);

CREATE TABLE zones (
  code        text PRIMARY KEY,
  name        text NOT NULL UNIQUE,
  sort_order  integer NOT NULL DEFAULT 0
);

CREATE TABLE windows (
  id             bigserial PRIMARY KEY,
  zone_code      text NOT NULL REFERENCES zones(code),
  number         integer NOT NULL,
  name           text NOT NULL,
  comprehensive  boolean NOT NULL DEFAULT false,
  UNIQUE (zone_code, number)
);

CREATE TABLE users (
  id               uuid PRIMARY KEY,
  username         text NOT NULL UNIQUE,
  password_hash    text NOT NULL,
  display_name     text NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('staff', 'person', 'organisation')),
  id_number        text,
  credit_code      text,
  phone            text,
  failed_logins    integer NOT NULL DEFAULT 0,
  locked_until     timestamptz,
  created_at       timestamptz NOT NULL DEFAULT now(),
  rev              integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX users_id_number ON users (id_number) WHERE id_number IS NOT NULL;
CREATE UNIQUE INDEX users_credit_code ON users (credit_code) WHERE credit_code IS NOT NULL;

CREATE TABLE user_roles (
  user_id          uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role             text NOT NULL,
  department_code  text REFERENCES departments(code),
  PRIMARY KEY (user_id, role)
);

CREATE TABLE sessions (
  token_hash  text PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_keys (
  id               uuid PRIMARY KEY,
  name             text NOT NULL,
  department_code  text NOT NULL REFERENCES departments(code),
  prefix           text NOT NULL UNIQUE,
  key_hash         text NOT NULL,
  created_by       uuid REFERENCES users(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  last_used_at     timestamptz,
  revoked_at       timestamptz
);

-- Append-only, hash-chained: hash = sha256(prev_hash || canonical row). Never updated or deleted.
CREATE TABLE audit_log (
  id           bigserial PRIMARY KEY,
  at           timestamptz NOT NULL,
  actor_id     text,
  actor_name   text NOT NULL,
  action       text NOT NULL,
  target_type  text NOT NULL,
  target_id    text,
  before       jsonb,
  after        jsonb,
  ip           text,
  prev_hash    text NOT NULL,
  hash         text NOT NULL UNIQUE
);
CREATE INDEX audit_log_target ON audit_log (target_type, target_id);
CREATE INDEX audit_log_actor ON audit_log (actor_name);

-- One chain head row, locked by every writer so the chain stays linear across processes.
CREATE TABLE audit_head (
  id     integer PRIMARY KEY CHECK (id = 1),
  hash   text NOT NULL,
  count  bigint NOT NULL
);
INSERT INTO audit_head (id, hash, count) VALUES (1, 'GENESIS', 0);

CREATE TABLE catalog_batches (
  id           uuid PRIMARY KEY,
  name         text NOT NULL,
  description  text NOT NULL DEFAULT '',
  created_by   uuid REFERENCES users(id),
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE catalog_items (
  code                text PRIMARY KEY,
  created_at          timestamptz NOT NULL DEFAULT now()
);

-- Every change to an item is a version that passes the four stages; confirmed ones are public.
CREATE TABLE catalog_versions (
  id           uuid PRIMARY KEY,
  item_code    text NOT NULL REFERENCES catalog_items(code),
  version      integer,                 -- set when confirmed: 1, 2, … per item
  stage        text NOT NULL CHECK (stage IN ('draft', 'first_review', 'recheck', 'final_review', 'confirmed', 'withdrawn')),
  data         jsonb NOT NULL,
  name         text NOT NULL,
  author_id    uuid NOT NULL REFERENCES users(id),
  batch_id     uuid REFERENCES catalog_batches(id),
  rev          integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  confirmed_at timestamptz,
  UNIQUE (item_code, version)
);
-- At most one open (not yet confirmed or withdrawn) version per item.
CREATE UNIQUE INDEX catalog_versions_one_open ON catalog_versions (item_code) WHERE stage NOT IN ('confirmed', 'withdrawn');
CREATE INDEX catalog_versions_stage ON catalog_versions (stage);
CREATE INDEX catalog_versions_batch ON catalog_versions (batch_id);

CREATE TABLE catalog_stage_events (
  id          bigserial PRIMARY KEY,
  version_id  uuid NOT NULL REFERENCES catalog_versions(id),
  from_stage  text NOT NULL,
  to_stage    text NOT NULL,
  action      text NOT NULL CHECK (action IN ('create', 'submit', 'pass', 'return', 'withdraw')),
  actor_id    uuid NOT NULL REFERENCES users(id),
  reason      text NOT NULL DEFAULT '',
  at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX catalog_stage_events_version ON catalog_stage_events (version_id);

-- The public projection: the latest confirmed version of each item, with the columns the list filters on.
CREATE TABLE catalog_public (
  code             text PRIMARY KEY REFERENCES catalog_items(code),
  version_id       uuid NOT NULL REFERENCES catalog_versions(id),
  version          integer NOT NULL,
  name             text NOT NULL,
  kind             text NOT NULL,
  type             text NOT NULL,
  disposition      text,
  parent_code      text,
  department_code  text NOT NULL,
  zone             text,
  online_level     text NOT NULL,
  statutory_days   integer NOT NULL,
  promised_days    integer NOT NULL,
  search_text      text NOT NULL,
  data             jsonb NOT NULL,
  confirmed_at     timestamptz NOT NULL
);
CREATE INDEX catalog_public_department ON catalog_public (department_code);
CREATE INDEX catalog_public_zone ON catalog_public (zone);

-- Regulators (former owner agencies) linked to the items they supervise, kept from the confirmed data.
CREATE TABLE item_regulators (
  item_code        text NOT NULL REFERENCES catalog_items(code),
  department_code  text NOT NULL REFERENCES departments(code),
  PRIMARY KEY (item_code, department_code)
);

-- Model texts and blank forms of materials (示范文本), content-addressed.
CREATE TABLE catalog_files (
  name        text PRIMARY KEY,
  sha256      text NOT NULL,
  media_type  text NOT NULL,
  content     bytea NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
