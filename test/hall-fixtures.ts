/**
 * Fixtures for the hall tests and the hall benchmark: window staff with sessions, signed in; registered kiosks.
 */
import crypto from 'node:crypto';
import type { App } from '../src/server/app.js';
import { hashToken, newToken, SESSION_COOKIE } from '../src/server/platform/auth.js';
import type { Db } from '../src/server/platform/db.js';

/** A window clerk made directly in the database, with a session cookie (no password, no login round trip). */
export async function makeClerk(db: Db, username: string, departmentCode = 'TA-D06'): Promise<{ userId: string; cookie: string }> {
  const userId = crypto.randomUUID();
  await db.insertInto('users').values({ id: userId, username, password_hash: 'x', display_name: `${username}（窗口）`, kind: 'staff', id_number: null, credit_code: null, phone: null }).execute();
  await db.insertInto('user_roles').values({ user_id: userId, role: 'window_clerk', department_code: departmentCode }).execute();
  const token = newToken();
  await db.insertInto('sessions').values({ token_hash: hashToken(token), user_id: userId, expires_at: new Date(Date.now() + 3_600_000) }).execute();
  return { userId, cookie: `${SESSION_COOKIE}=${token}` };
}

/** A registered kiosk made directly in the database (as the hall manager's registration stores it); returns the header its tickets carry. */
export async function makeKiosk(db: Db, name: string): Promise<{ id: number; headers: { 'x-kiosk-token': string } }> {
  const token = newToken();
  const by = await db.selectFrom('users').select('id').orderBy('created_at').limit(1).executeTakeFirstOrThrow();
  const k = await db.insertInto('hall_kiosks').values({ name, token_hash: hashToken(token), created_by: by.id, created_at: new Date() }).returning('id').executeTakeFirstOrThrow();
  return { id: k.id, headers: { 'x-kiosk-token': token } };
}

/** Windows of some zones, comprehensive ones first. */
export async function windowsOf(db: Db, zones: string[]) {
  return db.selectFrom('windows').selectAll().where('zone_code', 'in', zones).orderBy('zone_code').orderBy('number').execute();
}

/** `n` clerks signed in to the given windows; returns [windowId, cookie] pairs. */
export async function signedInClerks(app: App, db: Db, windowIds: number[], prefix: string): Promise<{ windowId: number; cookie: string }[]> {
  const out: { windowId: number; cookie: string }[] = [];
  for (const [i, windowId] of windowIds.entries()) {
    const { cookie } = await makeClerk(db, `${prefix}${i}`);
    const res = await app.inject({ method: 'POST', url: `/api/v1/hall/windows/${windowId}/sign-in`, headers: { cookie } });
    if (res.statusCode !== 200) throw new Error(`sign-in ${windowId}: ${res.statusCode} ${res.body}`);
    out.push({ windowId, cookie });
  }
  return out;
}

