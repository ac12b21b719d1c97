-- Kiosks are registered devices (issue 15 item 4): the hall manager issues each a token (shown
-- once, stored as its SHA-256), and the kiosk sends it with every ticket. Tickets record the kiosk
-- that took them (a per-device rate) and, when an ID card was read, a hash of its number (one
-- open ticket per ID number per zone per day).
CREATE TABLE hall_kiosks (
  id            serial PRIMARY KEY,
  name          text NOT NULL,
  token_hash    text NOT NULL UNIQUE,
  created_by    uuid NOT NULL REFERENCES users(id),
  created_at    timestamptz NOT NULL,
  revoked_at    timestamptz,
  revoked_by    uuid REFERENCES users(id),
  last_used_at  timestamptz
);
ALTER TABLE hall_tickets ADD COLUMN kiosk_id integer REFERENCES hall_kiosks(id);
ALTER TABLE hall_tickets ADD COLUMN id_hash text;
CREATE INDEX hall_tickets_kiosk_taken ON hall_tickets (kiosk_id, taken_at) WHERE kiosk_id IS NOT NULL;
CREATE INDEX hall_tickets_id_hash ON hall_tickets (day, zone_code, id_hash) WHERE id_hash IS NOT NULL;
