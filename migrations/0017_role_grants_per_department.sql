-- A role may be held for several departments (a deputy director, 分管局领导, oversees several
-- divisions): a grant is (user, role, department), not (user, role).
ALTER TABLE user_roles DROP CONSTRAINT user_roles_pkey;
CREATE UNIQUE INDEX user_roles_grant ON user_roles (user_id, role, COALESCE(department_code, ''));
