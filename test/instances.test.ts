/**
 * Several app processes on one PostgreSQL (ADR 0023): the sweeper's pass runs in one of them at a time.
 * Two database handles here are two processes' pools; on the embedded database one process owns the data
 * directory, so these run on SHENPI_TEST_DATABASE_URL's server only.
 */
import { sql } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExclusive } from '../src/server/jobs/exclusive.js';
import { startSweeper } from '../src/server/jobs/sweeper.js';
import { openDatabase, type DbHandle } from '../src/server/platform/db.js';
import { bareCaseServices, demoPdf } from '../src/server/demo/cases.js';
import { CalendarService } from '../src/server/modules/calendar/calendar.service.js';
import { CatalogService } from '../src/server/modules/catalog/catalog.service.js';
import { lockCase } from '../src/server/modules/cases/cases.repository.js';
import { appendAction } from '../src/server/modules/cases/cases.shared.js';
import { loadUserActor } from '../src/server/platform/auth.js';
import { copyDatabase } from './harness.js';

const onPg = !!process.env.SHENPI_TEST_DATABASE_URL;
let a: DbHandle;
let b: DbHandle;
let drop: () => Promise<void>;

beforeAll(async () => {
  if (!onPg) return;
  ({ handle: a, drop } = await copyDatabase());
  b = await openDatabase({ databaseUrl: a.url, dataDir: '' });
});
afterAll(async () => {
  if (!onPg) return;
  await b.close();
  await a.close();
  await drop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!onPg)('several instances on one PostgreSQL', () => {
  it('runs a job in one process at a time, and in the other once the first let go', async () => {
    let inside = 0;
    let most = 0;
    let runs = 0;
    const job = async () => {
      inside++;
      most = Math.max(most, inside);
      runs++;
      await sleep(150);
      inside--;
    };
    const [x, y] = await Promise.all([runExclusive(a, 'test-job', job), runExclusive(b, 'test-job', job)]);
    expect([x, y].filter(Boolean)).toHaveLength(1);
    expect(runs).toBe(1);
    expect(most).toBe(1);
    // released: the other process runs it next time; another job's name is not held by this one
    expect(await runExclusive(b, 'test-job', job)).toBe(true);
    const [p, q] = await Promise.all([runExclusive(a, 'test-job', job), runExclusive(b, 'other-job', job)]);
    expect([p, q]).toEqual([true, true]);
  });

  it('lets go of the job when its process dies mid-pass (its connection closes)', async () => {
    // the dying process: its own connection takes the job's lock the way runExclusive does, then its socket is cut
    const dying = new pg.Client({ connectionString: a.url });
    dying.on('error', () => {});
    await dying.connect();
    expect((await dying.query(`SELECT pg_try_advisory_lock(74837300, hashtext('crash-job')) AS got`)).rows[0].got).toBe(true);
    expect(await runExclusive(a, 'crash-job', async () => {})).toBe(false);
    const gone = new Promise((r) => dying.once('end', r));
    (dying as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    await gone;
    let ran = false;
    for (let i = 0; i < 50 && !ran; i++) {
      ran = await runExclusive(a, 'crash-job', async () => {});
      if (!ran) await sleep(100); // the server notices the closed socket and ends the session
    }
    expect(ran).toBe(true);
  });

  it('two sweepers started together on one database make one pass', async () => {
    let passes = 0;
    const services = {
      caseSweeper: { sweep: async () => (passes++, await sleep(300), { checked: 0, deemed: 0, notices: 0 }) },
      licences: { sweep: async () => ({ reminders: 0, deemed: 0, expired: 0 }), catchUp: async () => 0 },
      experts: { sweep: async () => ({ reminders: 0, overdue: 0 }) },
      appointments: { remind: async () => 0 },
      fees: { sweep: async () => ({ reminded: 0, overdue: 0, surcharged: 0, lapsed: 0 }) },
      analytics: { catchUp: async () => 0 },
      documents: { catchUp: async () => 0 },
    } as unknown as Parameters<typeof startSweeper>[0];
    // a pass that fails (a stand-in the sweeper no longer calls by that name) is logged as an error: none may be
    const errors: string[] = [];
    const log = pino({ level: 'error' }, { write: (line: string) => void errors.push(line) });
    const sweepers = [a, b].map((db) => startSweeper(services, log, 60_000, { firstPassMs: 0, exclusive: (pass) => runExclusive(db, 'sweeper', pass) }));
    await sleep(800);
    await Promise.all(sweepers.map((s) => s.stop()));
    expect(errors).toEqual([]);
    expect(passes).toBe(1);
  });

  it("an action that waited for another process's row lock reads the log that process committed", async () => {
    // lockCase reads the row locked and its log in one statement, whose snapshot predates the wait
    const open = await a.db.selectFrom('cases').select(['case_no', 'filed_by', 'version']).where('status', '=', 'accepted').where(sql<boolean>`NOT EXISTS (SELECT 1 FROM case_actions x WHERE x.case_no = cases.case_no AND x.type = 'request_extension')`).orderBy('case_no').executeTakeFirstOrThrow();
    const services = (h: DbHandle) => bareCaseServices({ db: h.db, catalog: new CatalogService(h.db), calendar: new CalendarService(h.db), now: () => new Date() });
    const calendar = await new CalendarService(a.db).calendar();
    const filer = await loadUserActor(b.db, open.filed_by, null);
    if (!filer) throw new Error('no filer');
    let locked!: () => void;
    const holding = new Promise<void>((r) => (locked = r));
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    // process a appends an action under the row lock and holds it
    const first = a.db.transaction().execute(async (trx) => {
      const c = await lockCase(trx, open.case_no);
      if (!c) throw new Error('no case');
      await appendAction(trx, open.case_no, { type: 'request_extension', payload: { days: 10, reason: '测试' } }, null, c.row.version, new Date(), { row: c.row, earlier: c.actions, submitted: [], calendar });
      locked();
      await held;
    });
    await holding;
    // process b acts on the version a is writing: it waits for the lock, then must see a's action
    const second = services(b).commands.act(filer, open.case_no, { type: 'withdraw', reason: '不再需要', expectedVersion: open.version + 1 });
    await sleep(300);
    release();
    await first;
    const answer = await second;
    expect(answer.version).toBe(open.version + 2);
    expect(answer.actions.map((x) => x.type).slice(-2)).toEqual(['request_extension', 'withdraw']);
  });

  it("an action that waited for another process's attachment reads the material it committed", async () => {
    // lockCase reads the row locked, its log and its materials in one statement, whose snapshot predates the wait:
    // the row's materials count (moved by the attachment) says the materials must be read again
    const services = (h: DbHandle) => bareCaseServices({ db: h.db, catalog: new CatalogService(h.db), calendar: new CalendarService(h.db), now: () => new Date() });
    const user = await a.db.selectFrom('users').select('id').where('username', '=', 'applicant1').executeTakeFirstOrThrow();
    const applicant = await loadUserActor(a.db, user.id, null);
    if (!applicant) throw new Error('no applicant1');
    const { code } = await a.db.selectFrom('catalog_public').select('code').where('name', '=', '小餐饮登记').executeTakeFirstOrThrow();
    const item = await new CatalogService(a.db).publishedItem(code);
    const required = item.materials.filter((m) => m.requirement === 'required').map((m) => m.code);
    const last = required.pop();
    if (!last) throw new Error('no required material');
    const file = (m: string) => ({ materialCode: m, upload: async () => ({ name: `${m}.pdf`, content: demoPdf(`instances ${m}`) }) });
    const draft = await services(b).commands.create(applicant, { itemCode: code });
    await services(b).files.attachAll(applicant, draft.caseNo, required.map(file));
    let locked!: () => void;
    const holding = new Promise<void>((r) => (locked = r));
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    // process a attaches the last required material under the row lock and holds it
    const first = services(a).files.attachAll(applicant, draft.caseNo, [{ ...file(last), within: async () => (locked(), await held) }]);
    await holding;
    // process b submits: it waits for the lock, then must see a's file (else: CASE.MATERIALS_MISSING)
    const second = services(b).commands.act(applicant, draft.caseNo, { type: 'submit', expectedVersion: draft.version });
    await sleep(300);
    release();
    await first;
    const answer = await second;
    expect(answer.status).toBe('submitted');
    expect(answer.materials.find((m) => m.code === last)?.files).toHaveLength(1);
  });
});
