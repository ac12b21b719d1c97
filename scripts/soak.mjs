// Soak test (issue #21, ADR 0023): nginx + 3 instances of the compiled server + PostgreSQL, all on loopback.
// A mixed load runs for N minutes through nginx — portal reads, guide searches, kiosk tickets, window calls and
// finishes by three clerks, SSE boards connected, online applications (draft, materials, submit) accepted by a
// clerk — while one instance is SIGKILLed and restarted (at 1/3) and
// another restarted gracefully with SIGTERM (at 2/3). It reports requests, errors per phase, p50/p99 per route
// class, then checks: every acknowledged ticket is in the database, no ticket number issued twice, no ticket
// called twice, every application told submitted and every acceptance told is recorded once, the audit chain and
// the exchange log verify, the outbox consumers caught up with nothing parked.
//
//   npm run soak                       10 minutes (SOAK_MINUTES or --minutes N to change; CI runs --minutes 2)
//   SOAK_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres   the server to create shenpi_soak on (default)
// Needs nginx (Debian: apt-get install nginx) and a PostgreSQL server; exits 1 on a failed check.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { ROOT, build } from './build.mjs';

const argMinutes = process.argv.indexOf('--minutes');
const MINUTES = Number(argMinutes > 0 ? process.argv[argMinutes + 1] : (process.env.SOAK_MINUTES ?? 10));
const DURATION = MINUTES * 60_000;
const ADMIN_URL = process.env.SOAK_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_NAME = 'shenpi_soak';
const INSTANCES = 3;
const BOARDS = 6;
const READERS = 4;
const KIOSKS = 2;
/** The demo kiosk's tickets per minute (SHENPI_KIOSK_TICKETS_PER_MINUTE): the kiosks share its one device token. */
const KIOSK_LIMIT = 600;
/** Each kiosk waits this long after a ticket, so that together they stay at 80 % of the limit however fast the server answers (a 429 is the limit working, not an error the soak looks for). */
const KIOSK_INTERVAL_MS = Math.ceil(((60_000 * KIOSKS) / KIOSK_LIMIT) * 1.25);
const DEMO_KIOSK_TOKEN = 'demo-kiosk-token-not-for-production-0001';
const PASSWORD = JSON.parse(fs.readFileSync(path.join(ROOT, 'demo', 'accounts.json'), 'utf8')).password;
/** the demo's signed-in windows: zone → clerk (src/server/demo/hall.ts) */
const CLERKS = { A: 'clerk4', C: 'clerk1', D: 'clerk3' };
const APPLICANTS = 2;
/** what they apply for online; clerk1 (zone C, 商事登记) accepts it */
const APPLY_ITEM = '食品经营许可';
/** each applicant's pause between two applications */
const APPLY_INTERVAL_MS = 1000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const fail = (msg) => {
  console.error(`soak: ${msg}`);
  cleanup();
  process.exit(1);
};

// ------------------------------------------------------------------ prerequisites
const nginxBin = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
if (!nginxBin) fail('nginx is not installed: apt-get install -y nginx (Debian package; `apt-cache policy nginx`)');
const admin = new pg.Client({ connectionString: ADMIN_URL });
try {
  await admin.connect();
} catch (err) {
  fail(`no PostgreSQL at ${ADMIN_URL}: ${err.message}`);
}
await build({ ifStale: true, log: (m) => console.log(m) });
const { exampleForm } = await import(pathToFileURL(path.join(ROOT, 'dist', 'domain', 'forms.js')).href);

async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'shenpi-soak-'));
await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${DB_NAME}`);
const dbUrl = new URL(ADMIN_URL);
dbUrl.pathname = `/${DB_NAME}`;
const DATABASE_URL = dbUrl.toString();

// ------------------------------------------------------------------ instances and nginx
const ports = await Promise.all(Array.from({ length: INSTANCES }, freePort));
const instances = ports.map((port, i) => ({ i, port, child: null, log: path.join(work, `instance${i + 1}.log`) }));
const sharedEnv = {
  ...process.env,
  DATABASE_URL,
  HOST: '127.0.0.1',
  SHENPI_DATA_DIR: path.join(work, 'data'), // signing keys: one directory, the same bureau key for every instance
  SHENPI_DEMO: '1',
  LOG_LEVEL: 'warn',
  SHENPI_TRUST_PROXY: '127.0.0.1',
  SHENPI_KIOSK_TICKETS_PER_MINUTE: String(KIOSK_LIMIT),
  SHENPI_LOGIN_RATE: '10000',
  SHENPI_SWEEP_SECONDS: '5',
  SHENPI_SHUTDOWN_DRAIN_SECONDS: '3', // as docs/operations.md's environment file: longer than nginx's upstream keepalive_timeout
  SHENPI_SMS: 'off',
};
async function startInstance(inst) {
  sharedEnv.SHENPI_PUBLIC_URL = BASE_URL;
  const out = fs.openSync(inst.log, 'a');
  inst.child = spawn(process.execPath, ['dist/server/main.js'], { cwd: ROOT, env: { ...sharedEnv, PORT: String(inst.port) }, stdio: ['ignore', out, out] });
  const t0 = performance.now();
  for (;;) {
    if (inst.child.exitCode !== null) fail(`instance ${inst.i + 1} exited ${inst.child.exitCode}; see ${inst.log}`);
    try {
      if ((await fetch(`http://127.0.0.1:${inst.port}/readyz`)).ok) return (performance.now() - t0) / 1000;
    } catch {
      /* not yet */
    }
    if (performance.now() - t0 > 300_000) fail(`instance ${inst.i + 1} not ready in 300 s`);
    await sleep(100);
  }
}
function stopInstance(inst, signal) {
  return new Promise((resolve) => {
    if (!inst.child || inst.child.exitCode !== null) return resolve(inst.child?.exitCode ?? null);
    inst.child.once('exit', (code, sig) => resolve(code ?? sig));
    inst.child.kill(signal);
  });
}

const nginxPort = await freePort();
const BASE_URL = `http://127.0.0.1:${nginxPort}`;
const nginxConf = path.join(work, 'nginx.conf');
fs.writeFileSync(
  nginxConf,
  `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${work}/nginx-body;
  proxy_temp_path ${work}/nginx-proxy;
  fastcgi_temp_path ${work}/nginx-fastcgi;
  uwsgi_temp_path ${work}/nginx-uwsgi;
  scgi_temp_path ${work}/nginx-scgi;
${fs.readFileSync(path.join(ROOT, 'docs', 'nginx', 'shenpi.conf'), 'utf8')
  .replace(/server 127\.0\.0\.1:300[0-9][^;]*;\n/g, '')
  .replace('upstream shenpi {', `upstream shenpi {\n${ports.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join('\n')}`)
  .replace(/listen 80;/, `listen 127.0.0.1:${nginxPort};`)
  .replace(/^\s*server_name .*$/m, '')}
}
`,
);
let nginx = null;
function cleanup() {
  for (const inst of instances) if (inst.child && inst.child.exitCode === null) inst.child.kill('SIGKILL');
  if (nginx && nginx.exitCode === null) nginx.kill('SIGQUIT');
}
process.on('exit', cleanup);

console.log(`soak: ${MINUTES} min, ${INSTANCES} instances (ports ${ports.join(', ')}) behind nginx :${nginxPort}, database ${DB_NAME}; logs in ${work}`);
const firstStart = await startInstance(instances[0]); // seeds the demo bureau
const otherStarts = await Promise.all(instances.slice(1).map(startInstance));
console.log(`instances ready: first (fresh demo) ${firstStart.toFixed(1)} s, others ${otherStarts.map((s) => s.toFixed(1)).join(' s, ')} s`);
nginx = spawn(nginxBin, ['-c', nginxConf], { stdio: 'inherit' });
const BASE = BASE_URL;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${BASE}/readyz`)).ok) break;
  } catch {
    /* not yet */
  }
  if (i > 100) fail('nginx does not answer');
  await sleep(100);
}

// ------------------------------------------------------------------ measuring
const T0 = performance.now();
let phase = 'warm';
const phases = new Map(); // phase → { requests, errors, byStatus }
const latencies = new Map(); // route class → ms[]
function record(cls, ms, ok, status) {
  const p = phases.get(phase) ?? { requests: 0, errors: 0, byStatus: {} };
  p.requests++;
  if (!ok) {
    p.errors++;
    p.byStatus[`${cls} ${status}`] = (p.byStatus[`${cls} ${status}`] ?? 0) + 1;
  }
  phases.set(phase, p);
  if (ok) (latencies.get(cls) ?? latencies.set(cls, []).get(cls)).push(ms);
}
/** One request through nginx (`body` as JSON, or `form` as multipart); `ok` names the statuses that count as success. */
async function call(cls, method, url, { body, form, headers = {}, ok = [200] } = {}) {
  const t = performance.now();
  let status = 'network';
  try {
    const res = await fetch(`${BASE}${url}`, {
      method,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), origin: BASE, ...headers },
      body: form ?? (body ? JSON.stringify(body) : undefined),
      signal: AbortSignal.timeout(15_000),
    });
    status = res.status;
    const text = await res.text();
    const good = ok.includes(res.status);
    record(cls, performance.now() - t, good, status);
    return { status, json: text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null, headers: res.headers };
  } catch (err) {
    record(cls, performance.now() - t, false, status === 'network' ? (err.name === 'TimeoutError' ? 'timeout' : 'network') : status);
    return { status, json: null };
  }
}
async function login(username) {
  for (let i = 0; i < 10; i++) {
    const r = await call('login', 'POST', '/api/v1/auth/login', { body: { username, password: PASSWORD } });
    const cookie = r.headers?.get('set-cookie');
    if (r.status === 200 && cookie) return cookie.split(';')[0];
    console.warn(`login ${username}: ${r.status} ${JSON.stringify(r.json)?.slice(0, 200)}`);
    await sleep(500);
  }
  fail(`cannot log in as ${username}`);
}

let running = true;
const acknowledged = []; // tickets the kiosk was told about: { number, zone, requestKey }
const called = []; // numbers call-next returned
let sseEvents = 0;
let sseReconnects = 0;

async function reader(n) {
  const items = (await call('portal', 'GET', '/api/v1/catalog/items')).json?.items ?? [];
  const words = ['开饭店', '营业执照', 'yyzz', '食品经营许可', '办理不动产登记', '社保'];
  for (let k = n; running; k++) {
    const r = k % 4;
    if (r === 0) await call('portal', 'GET', '/api/v1/catalog/stats');
    else if (r === 1 && items.length) await call('portal', 'GET', `/api/v1/catalog/items/${encodeURIComponent(items[k % items.length].code)}`);
    else if (r === 2) await call('guide', 'GET', `/api/v1/guide/search?q=${encodeURIComponent(words[k % words.length])}`);
    else await call('portal', 'GET', `/api/v1/hall/zones/${["A", "C", "D"][k % 3]}/board`);
  }
}

async function kiosk(n) {
  const zones = Object.keys(CLERKS);
  for (let k = 0; running; k++) {
    const zone = zones[(k + n) % zones.length];
    const requestKey = `soak-${n}-${k}-${Date.now()}`;
    // a kiosk retries with the same key until it has an answer: the same ticket, never a second one
    for (let attempt = 0; attempt < 8; attempt++) {
      const r = await call('kiosk', 'POST', '/api/v1/hall/tickets', { body: { zone, requestKey }, headers: { 'x-kiosk-token': DEMO_KIOSK_TOKEN }, ok: [201] });
      if (r.status === 201) {
        acknowledged.push({ number: r.json.number, zone, requestKey });
        break;
      }
      await sleep(300);
    }
    await sleep(KIOSK_INTERVAL_MS);
  }
}

async function clerk(zone, username) {
  const cookie = await login(username);
  const headers = { cookie };
  const windowId = (await admin2.query(`SELECT id FROM windows WHERE zone_code = $1 AND comprehensive ORDER BY id LIMIT 1`, [zone])).rows[0].id;
  await call('window', 'POST', `/api/v1/hall/windows/${windowId}/sign-in`, { headers, ok: [200, 409] });
  while (running) {
    const state = await call('window', 'GET', `/api/v1/hall/windows/${windowId}`, { headers });
    const current = state.json?.current;
    if (current) {
      await call('window', 'POST', `/api/v1/hall/windows/${windowId}/finish`, { headers, body: { number: current.number } });
      continue;
    }
    const r = await call('window', 'POST', `/api/v1/hall/windows/${windowId}/call-next`, { headers, ok: [200, 204] });
    if (r.status === 200) called.push(r.json.ticket.number + '@' + r.json.ticket.zone);
    else await sleep(400);
  }
}

const submitted = []; // applications the applicant was told were submitted: case numbers
const accepted = []; // cases the clerk was told were accepted
const toAccept = [];
let applicationsStarted = 0;

/** The case's version and status now (a retry after a lost answer decides from them). */
async function caseState(caseNo, headers) {
  const r = await call('case', 'GET', `/api/v1/cases/${caseNo}`, { headers });
  return r.status === 200 ? r.json : null;
}

/**
 * One case action, told once: an answer lost with an instance (502, timeout) is retried at the version read again
 * unless the case shows the action done; a 409 at a moved version means it was.
 */
async function actOnce(caseNo, headers, type, doneStatus) {
  for (let attempt = 0; attempt < 8; attempt++) {
    const state = await caseState(caseNo, headers);
    if (!state) {
      await sleep(500);
      continue;
    }
    if (state.status === doneStatus) return true;
    const r = await call('case', 'POST', `/api/v1/cases/${caseNo}/actions`, { headers, body: { type, expectedVersion: state.version } });
    if (r.status === 200) return true;
    await sleep(500);
  }
  return false;
}

/** An applicant online: a draft of the food licence with the item's example form, every required material, submit. */
async function applicant(n) {
  const headers = { cookie: await login('applicant1') };
  const found = (await call('portal', 'GET', `/api/v1/catalog/items?q=${encodeURIComponent(APPLY_ITEM)}`)).json?.items ?? [];
  const code = found.find((i) => i.name === APPLY_ITEM)?.code ?? fail(`no item named ${APPLY_ITEM}`);
  const item = (await call('portal', 'GET', `/api/v1/catalog/items/${encodeURIComponent(code)}`)).json;
  const required = item.materials.filter((m) => m.requirement === 'required');
  while (running) {
    applicationsStarted++;
    const created = await call('case', 'POST', '/api/v1/cases', { headers, body: { itemCode: code, ...(item.form ? { form: exampleForm(item.form) } : {}) }, ok: [201] });
    if (created.status !== 201) {
      await sleep(1000);
      continue;
    }
    const caseNo = created.json.caseNo;
    let uploaded = 0;
    for (const m of required) {
      const form = new FormData();
      form.append('materialId', m.code);
      form.append('file', new Blob([`%PDF-1.4\n% soak ${n} ${caseNo} ${m.code}\n%%EOF\n`], { type: 'application/pdf' }), `${m.code}.pdf`);
      const r = await call('case', 'POST', `/api/v1/cases/${caseNo}/materials`, { headers, form });
      if (r.status === 200) uploaded++;
    }
    if (uploaded === required.length && (await actOnce(caseNo, headers, 'submit', 'submitted'))) {
      submitted.push(caseNo);
      toAccept.push(caseNo);
    }
    await sleep(APPLY_INTERVAL_MS);
  }
}

/** The window clerk of the zone accepts each submitted application (受理). */
async function acceptor() {
  const headers = { cookie: await login(CLERKS.C) };
  while (running || toAccept.length) {
    const caseNo = toAccept.shift();
    if (!caseNo) {
      await sleep(300);
      continue;
    }
    if (await actOnce(caseNo, headers, 'accept', 'accepted')) accepted.push(caseNo);
  }
}

async function board(n) {
  while (running) {
    const ac = new AbortController();
    const stopper = setInterval(() => !running && ac.abort(), 200);
    try {
      const res = await fetch(`${BASE}/api/v1/hall/stream?zone=${n % 2 ? '*' : 'C'}`, { signal: ac.signal });
      const reader = res.body.getReader();
      const dec = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        sseEvents += (dec.decode(value).match(/^event: call$/gm) ?? []).length;
      }
    } catch {
      /* dropped: reconnect as EventSource does after its retry */
    }
    clearInterval(stopper);
    if (running) {
      sseReconnects++;
      await sleep(1000);
    }
  }
}

const admin2 = new pg.Client({ connectionString: DATABASE_URL });
await admin2.connect();
phase = 'steady';
const load = [
  ...Array.from({ length: READERS }, (_, n) => reader(n)),
  ...Array.from({ length: KIOSKS }, (_, n) => kiosk(n)),
  ...Object.entries(CLERKS).map(([zone, u]) => clerk(zone, u)),
  ...Array.from({ length: BOARDS }, (_, n) => board(n)),
  ...Array.from({ length: APPLICANTS }, (_, n) => applicant(n)),
  acceptor(),
];

// ------------------------------------------------------------------ the disturbances
const events = [];
const disturbances = (async () => {
  await sleep(DURATION / 3);
  phase = 'kill';
  const killed = instances[1];
  events.push(`${((performance.now() - T0) / 1000).toFixed(0)} s: SIGKILL instance 2`);
  await stopInstance(killed, 'SIGKILL');
  await sleep(3000);
  const back = await startInstance(killed);
  events.push(`${((performance.now() - T0) / 1000).toFixed(0)} s: instance 2 back (listening and ready after ${back.toFixed(1)} s)`);
  await sleep(5000);
  phase = 'steady';
  await sleep(Math.max(0, DURATION / 3 - 8000 - back * 1000));
  phase = 'graceful';
  const restarted = instances[2];
  events.push(`${((performance.now() - T0) / 1000).toFixed(0)} s: SIGTERM instance 3`);
  const t = performance.now();
  const code = await stopInstance(restarted, 'SIGTERM');
  events.push(`${((performance.now() - T0) / 1000).toFixed(0)} s: instance 3 exited ${code} after ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const again = await startInstance(restarted);
  events.push(`${((performance.now() - T0) / 1000).toFixed(0)} s: instance 3 back (ready after ${again.toFixed(1)} s)`);
  await sleep(5000);
  phase = 'steady-after';
})();

await sleep(DURATION);
running = false;
await disturbances;
await Promise.race([Promise.all(load), sleep(20_000)]);

// ------------------------------------------------------------------ report
const q = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? 0;
};
console.log(`\nsoak: ${MINUTES} min through nginx to ${INSTANCES} instances on PostgreSQL (node ${process.version}, ${os.cpus().length} cores)`);
for (const e of events) console.log(`  ${e}`);
console.log('\nphase            requests   errors   error rate   errors by route class and status');
let total = 0;
let errorsOutsideKill = 0;
for (const [name, p] of phases) {
  total += p.requests;
  if (name !== 'kill') errorsOutsideKill += p.errors;
  console.log(`${name.padEnd(16)} ${String(p.requests).padStart(8)} ${String(p.errors).padStart(8)}   ${((100 * p.errors) / Math.max(1, p.requests)).toFixed(3).padStart(8)} %   ${JSON.stringify(p.byStatus)}`);
}
console.log(`\nroute class      requests    p50 ms    p99 ms`);
for (const [cls, xs] of latencies) console.log(`${cls.padEnd(16)} ${String(xs.length).padStart(8)} ${q(xs, 0.5).toFixed(1).padStart(9)} ${q(xs, 0.99).toFixed(1).padStart(9)}`);
console.log(`SSE: ${BOARDS} boards, ${sseEvents} call events received, ${sseReconnects} reconnects`);

// ------------------------------------------------------------------ checks
const problems = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) problems.push(what);
};
const tickets = (await admin2.query(`SELECT number, zone_code AS zone, request_key FROM hall_tickets WHERE request_key LIKE 'soak-%'`)).rows;
const byKey = new Map(tickets.map((t) => [t.request_key, t]));
const missing = acknowledged.filter((a) => byKey.get(a.requestKey)?.number !== a.number);
check(missing.length === 0, `every acknowledged ticket is in the database with the number told (${acknowledged.length} acknowledged, ${missing.length} missing or different)`);
const dupNumbers = (await admin2.query(`SELECT day, number, count(*)::int AS n FROM hall_tickets GROUP BY day, number HAVING count(*) > 1`)).rows;
check(dupNumbers.length === 0, `no ticket number issued twice on a day (${dupNumbers.length} doubled)`);
const dupKeys = (await admin2.query(`SELECT request_key FROM hall_tickets WHERE request_key LIKE 'soak-%' GROUP BY request_key HAVING count(*) > 1`)).rows;
check(dupKeys.length === 0, `no kiosk request made two tickets (${tickets.length} tickets for ${new Set(tickets.map((t) => t.request_key)).size} request keys)`);
check(new Set(called).size === called.length, `no ticket called twice (${called.length} calls)`);
const cases = new Map((await admin2.query(`SELECT case_no, status FROM cases WHERE case_no = ANY($1)`, [submitted])).rows.map((r) => [r.case_no, r.status]));
check(submitted.every((no) => cases.has(no)), `every submitted application is in the database (${applicationsStarted} started, ${submitted.length} submitted, ${submitted.filter((no) => !cases.has(no)).length} missing)`);
const actionCounts = (await admin2.query(`SELECT case_no, type, count(*)::int AS n FROM case_actions WHERE case_no = ANY($1) AND type IN ('submit', 'accept') GROUP BY 1, 2`, [submitted])).rows;
const twice = actionCounts.filter((r) => r.n > 1);
const acceptedInDb = new Set(actionCounts.filter((r) => r.type === 'accept').map((r) => r.case_no));
check(twice.length === 0 && accepted.every((no) => acceptedInDb.has(no) && cases.get(no) !== 'submitted'), `every acceptance told is recorded, no submit or accept recorded twice (${accepted.length} accepted, ${twice.length} doubled, ${accepted.filter((no) => !acceptedInDb.has(no)).length} missing)`);
const adminCookie = await login('admin');
const audit = await call('check', 'GET', '/api/v1/audit/verify', { headers: { cookie: adminCookie } });
check(audit.status === 200 && audit.json?.ok !== false && !audit.json?.brokenAt, `audit chain verifies (${JSON.stringify(audit.json)?.slice(0, 160)})`);
const exchange = await call('check', 'GET', '/api/v1/exchange/log/verify', { headers: { cookie: adminCookie } });
check(exchange.status === 200 && exchange.json?.ok !== false, `exchange log verifies (${JSON.stringify(exchange.json)?.slice(0, 160)})`);
let lag = [];
for (let i = 0; i < 60; i++) {
  lag = (await admin2.query(`SELECT c.consumer, (SELECT count(*) FROM outbox o WHERE (o.txid, o.id) > (c.txid, c.id))::int AS waiting,
      (SELECT count(*) FROM outbox_failures f WHERE f.consumer = c.consumer AND f.parked)::int AS parked FROM outbox_cursors c`)).rows;
  if (lag.every((l) => l.waiting === 0)) break;
  await sleep(1000);
}
const outboxCount = (await admin2.query(`SELECT count(*)::int AS n FROM outbox`)).rows[0].n;
const dupNotices = (await admin2.query(`SELECT outbox_id, user_id, template FROM notices GROUP BY 1, 2, 3 HAVING count(*) > 1`)).rows;
check(lag.every((l) => l.waiting === 0 && l.parked === 0) && dupNotices.length === 0, `outbox: ${outboxCount} events, every consumer caught up with none parked, no event's notice made twice (${JSON.stringify(lag)})`);
check(errorsOutsideKill === 0, `no errors outside the SIGKILL phase (${errorsOutsideKill})`);
const errorsInLog = instances.flatMap((inst) => fs.readFileSync(inst.log, 'utf8').split('\n').filter((l) => /"level":(50|60)/.test(l)).map((l) => `instance ${inst.i + 1}: ${l.slice(0, 300)}`));
check(errorsInLog.length === 0, `no error lines in the instances' logs (${errorsInLog.length})${errorsInLog.length ? `\n  ${errorsInLog.slice(0, 5).join('\n  ')}` : ''}`);
console.log(`\n${total} requests; ${problems.length ? `${problems.length} checks FAILED` : 'all checks passed'}`);

running = false;
for (const inst of instances) await stopInstance(inst, 'SIGTERM');
nginx.kill('SIGQUIT');
await admin2.end();
await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
await admin.end();
if (!problems.length) fs.rmSync(work, { recursive: true, force: true });
process.exit(problems.length ? 1 : 0);
