-- Working-day calendar: the bureau's own overrides of the national holiday arrangement
-- (a typhoon closure, a local day off, a Saturday opened for a campaign). The national data
-- comes from the chinese-days package; a row here wins over it for its day.

CREATE TABLE calendar_overrides (
  date        date PRIMARY KEY,
  working     boolean NOT NULL,
  reason      text NOT NULL CHECK (length(reason) > 0),
  created_by  uuid REFERENCES users(id),
  created_at  timestamptz NOT NULL DEFAULT now()
);
