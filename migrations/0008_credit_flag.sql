-- 信用联合惩戒: an application by a holder a regulator has blacklisted is flagged when it is made.
ALTER TABLE cases ADD COLUMN credit_flag text;
