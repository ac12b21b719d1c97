import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar, creditCodeCheckChar } from '../src/domain/identifiers.js';
import { createTestApp, DEMO_PASSWORD, type TestContext } from './harness.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const idNumber = (body: string) => body + idNumberCheckChar(body);

describe('login and session', () => {
  it('logs in with an HttpOnly cookie, tells who is logged in, and logs out', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'clerk1', password: DEMO_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/shenpi_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = `shenpi_session=${res.cookies[0]?.value}`;
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ username: 'clerk1', kind: 'staff' });
    expect(me.json().roles.map((r: { role: string }) => r.role)).toContain('window_clerk');
    expect(me.json().permissions).toContain('case.window');
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('every demo account logs in with the documented password', async () => {
    const names = ['admin', 'editor1', 'reviewer1', 'checker1', 'confirmer1', 'clerk1', 'clerk2', 'caseworker1', 'chief1', 'director1', 'inspector1', 'inspector2', 'expert1', 'expert2', 'regulator1', 'applicant1', 'agent1'];
    for (const n of names) expect(await t.login(n)).toMatch(/^shenpi_session=/);
  });

  it('refuses a wrong password with 401 and locks the account after repeated failures', async () => {
    for (let i = 0; i < 4; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'expert2', password: 'wrong-pass-1' } });
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('AUTH.INVALID_CREDENTIALS');
    }
    const fifth = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'expert2', password: 'wrong-pass-1' } });
    expect(fifth.statusCode).toBe(401);
    const locked = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'expert2', password: DEMO_PASSWORD } });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('AUTH.LOCKED');
    // the administrator lifts the lock
    const admin = await t.login('admin');
    const users = (await t.app.inject({ url: '/api/v1/users?q=expert2', headers: { cookie: admin } })).json();
    expect(users.items[0].locked).toBe(true);
    const unlock = await t.app.inject({ method: 'POST', url: `/api/v1/users/${users.items[0].id}/unlock`, headers: { cookie: admin } });
    expect(unlock.json().locked).toBe(false);
    expect(await t.login('expert2')).toMatch(/^shenpi_session=/);
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody', password: 'whatever1' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('AUTH.INVALID_CREDENTIALS');
  });

  it('rate-limits login attempts per address', async () => {
    const limited = await createTestApp({ SHENPI_LOGIN_RATE: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++)
        codes.push((await limited.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody', password: 'x' } })).statusCode);
      expect(codes).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('registration of applicants', () => {
  it('refuses a 身份证号 with a wrong check digit, naming the field, and writes nothing', async () => {
    const good = idNumber('37090219900307123');
    const bad = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { username: 'zhangsan', password: 'Tai-shan#Peak9', displayName: '张三', kind: 'person', idNumber: bad } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['idNumber']);
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'zhangsan', password: 'Tai-shan#Peak9' } });
    expect(again.statusCode).toBe(401);
  });

  it('refuses a 统一社会信用代码 with a wrong check character', async () => {
    const body = '91370900MA3C12345';
    const check = creditCodeCheckChar(body) ?? '0';
    const wrong = check === '0' ? '1' : '0';
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { username: 'taishan-co', password: 'Tai-shan#Peak9', displayName: '泰山某某有限公司', kind: 'organisation', creditCode: body + wrong } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('creditCode');
  });

  it('registers a person, logs them in as an applicant, masks their data, and never says a number is already known', async () => {
    const id = idNumber('37090219900307123');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { username: 'lisi', password: 'Tai-shan#Peak9', displayName: '李四', kind: 'person', idNumber: id, phone: '13805381234' } });
    expect(res.statusCode).toBe(201);
    expect(res.json().user.roles).toEqual([{ role: 'applicant', departmentCode: null }]);
    expect(res.headers['set-cookie']).toBeDefined();
    const dup = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { username: 'lisi2', password: 'Tai-shan#Peak9', displayName: '李四', kind: 'person', idNumber: id } });
    // a 身份证号 is a claim until verified at a window: a second claim is taken, and nothing says the number is known
    expect(dup.statusCode).toBe(201);
    expect(dup.body).not.toContain('已注册');
    const admin = await t.login('admin');
    const list = (await t.app.inject({ url: '/api/v1/users?q=lisi', headers: { cookie: admin } })).json();
    expect(list.items[0].idNumber).toBe(`${id.slice(0, 6)}********${id.slice(-4)}`);
    expect(list.items[0].phone).toBe('138****1234');
    expect(JSON.stringify(list)).not.toContain(id);
    // reading the full number is possible for an admin and leaves a trace
    const reveal = await t.app.inject({ url: `/api/v1/users/${list.items[0].id}/id-number`, headers: { cookie: admin } });
    expect(reveal.json().idNumber).toBe(id);
    const trail = (await t.app.inject({ url: `/api/v1/audit?action=pii.read_id_number&targetId=${list.items[0].id}`, headers: { cookie: admin } })).json();
    expect(trail.total).toBe(1);
    expect(trail.items[0].actorName).toBe('admin');
  });
});

describe('users, roles and permissions', () => {
  const adminOnly = [
    ['GET', '/api/v1/users'],
    ['GET', '/api/v1/roles'],
    ['GET', '/api/v1/api-keys'],
    ['GET', '/api/v1/audit'],
    ['GET', '/api/v1/audit/verify'],
  ] as const;
  it.each(adminOnly)('%s %s: 401 without login, 403 for an applicant and a clerk, 200 for admin', async (method, url) => {
    expect((await t.app.inject({ method, url })).statusCode).toBe(401);
    expect((await t.app.inject({ method, url, headers: { cookie: await t.login('applicant1') } })).statusCode).toBe(403);
    expect((await t.app.inject({ method, url, headers: { cookie: await t.login('clerk1') } })).statusCode).toBe(403);
    expect((await t.app.inject({ method, url, headers: { cookie: await t.login('admin') } })).statusCode).toBe(200);
  });

  it('creates a staff user; a department-scoped role without a department is a 400 naming the field', async () => {
    const cookie = await t.login('admin');
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie }, payload: { username: 'clerk9', displayName: '窗口九', password: 'Tai-shan#Peak9', roles: [{ role: 'window_clerk' }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('roles.0.departmentCode');
    const depts = (await t.app.inject({ url: '/api/v1/org/departments' })).json().items as { code: string; kind: string }[];
    const division = depts.find((d) => d.kind === 'division')?.code;
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie }, payload: { username: 'clerk9', displayName: '窗口九', password: 'Tai-shan#Peak9', roles: [{ role: 'window_clerk', departmentCode: division }] } });
    expect(ok.statusCode).toBe(201);
    const unknownRole = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie }, payload: { username: 'x9x', displayName: 'x', password: 'Tai-shan#Peak9', roles: [{ role: 'king' }] } });
    expect(unknownRole.statusCode).toBe(400);
    expect(unknownRole.json().errors[0].path).toBe('roles.0.role');
  });

  it('changes roles and the new powers apply at once', async () => {
    const cookie = await t.login('admin');
    const user = (await t.app.inject({ url: '/api/v1/users?q=expert1', headers: { cookie } })).json().items[0];
    const before = await t.login('expert1');
    expect((await t.app.inject({ url: '/api/v1/catalog/versions', headers: { cookie: before } })).statusCode).toBe(403);
    const set = await t.app.inject({ method: 'PUT', url: `/api/v1/users/${user.id}/roles`, headers: { cookie }, payload: { roles: [{ role: 'expert', departmentCode: null }, { role: 'catalog_reviewer', departmentCode: null }] } });
    expect(set.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/catalog/versions', headers: { cookie: before } })).statusCode).toBe(200);
  });
});

describe('API keys of regulator systems', () => {
  it('shows the key once, stores only its hash, authenticates the department, and stops on revoke', async () => {
    const cookie = await t.login('admin');
    const depts = (await t.app.inject({ url: '/api/v1/org/departments' })).json().items as { code: string; kind: string }[];
    const regulator = depts.find((d) => d.kind === 'regulator')?.code;
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: { cookie }, payload: { name: '市场监管系统', departmentCode: regulator } });
    expect(created.statusCode).toBe(201);
    const { id, key } = created.json();
    expect(key).toMatch(/^spk_/);
    const list = await t.app.inject({ url: '/api/v1/api-keys', headers: { cookie } });
    expect(list.body).not.toContain(key);
    const stored = await t.database.db.selectFrom('api_keys').select('key_hash').where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.key_hash).not.toContain(key);
    const who = await t.app.inject({ url: '/api/v1/org/whoami', headers: { authorization: `Bearer ${key}` } });
    expect(who.statusCode).toBe(200);
    expect(who.json().department.code).toBe(regulator);
    // a key is not a person: it cannot manage users
    expect((await t.app.inject({ url: '/api/v1/users', headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/org/whoami', headers: { authorization: `Bearer ${key}x` } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${id}`, headers: { cookie } })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/org/whoami', headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(401);
  });
  it('refuses an unknown department naming the field', async () => {
    const cookie = await t.login('admin');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: { cookie }, payload: { name: 'x', departmentCode: 'NOPE' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('departmentCode');
  });
});
