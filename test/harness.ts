/**
 * A fresh copy of the seeded template database and the app over it, for one test file.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { inject } from 'vitest';
import { addCalendarDays, toShanghaiDate, WorkingCalendar, type DateStr } from '../src/domain/calendar.js';
import { buildApp, type App } from '../src/server/app.js';
import type { AppDeps } from '../src/server/deps.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase, openPglite, withDatabase, type DbHandle } from '../src/server/platform/db.js';
import { CalendarService } from '../src/server/modules/calendar/calendar.service.js';
import { bareCaseServices, type CaseServices } from '../src/server/demo/cases.js';
import { CatalogService } from '../src/server/modules/catalog/catalog.service.js';
import { createServices, type Services } from '../src/server/services.js';
import { suiteClock } from './db-template.js';

export const DEMO_PASSWORD = 'Taian@2018';

/** The suite clock's today in Beijing. */
export function suiteToday(): DateStr {
  return toShanghaiDate(suiteClock()());
}

/** Days of plain weeks a test's world spans from its epoch. */
const PLAIN_DAYS = 42;

/**
 * Day 0 of a test's own world: a Monday four weeks or more after the suite clock's today that
 * starts six plain weeks (Monday to Friday working, weekends off, no holiday or 调休 day). The demo
 * seed writes only up to today (and books the next working day), so the days a test pins never
 * meet the seed's tickets, sessions, draws or deadlines, whatever the date; and the weeks keep the
 * shape of ordinary weeks, so a test can say "the Friday after" as plainly as it says "day 4".
 * Holiday vectors are pinned in src/domain's calendar and clock tests.
 */
export function testEpoch(cal: WorkingCalendar = new WorkingCalendar()): DateStr {
  const plain = (d: DateStr) => {
    const weekend = [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
    return cal.isWorkingDay(d) !== weekend && cal.dayInfo(d).kind === (weekend ? 'weekend' : 'workday');
  };
  let day = addCalendarDays(suiteToday(), 28);
  for (;;) {
    if (new Date(`${day}T00:00:00Z`).getUTCDay() === 1 && Array.from({ length: PLAIN_DAYS }, (_, i) => addCalendarDays(day, i)).every(plain)) return day;
    day = addCalendarDays(day, 1);
  }
}

/** The first working day on or after `day`. */
export function workingDayFrom(cal: WorkingCalendar, day: DateStr): DateStr {
  let d = day;
  while (!cal.isWorkingDay(d)) d = addCalendarDays(d, 1);
  return d;
}

/** The instant of a Beijing wall-clock time (default 10:00) on `day`. */
export function beijing(day: DateStr, hhmm = '10:00'): Date {
  return new Date(`${day}T${hhmm}:00+08:00`);
}

/** The app over its own copy of the demo database. */
export interface TestContext {
  app: App;
  deps: AppDeps;
  database: DbHandle;
  /** the services the app runs on (to wait for listeners: `services.caseCommands.settled()`) */
  services: Services;
  /** The working calendar the server uses (national arrangement plus the database's overrides). */
  calendar(): Promise<WorkingCalendar>;
  /** Log in as a demo account and return the Cookie header value. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** A new database on the PostgreSQL server at `url` copied from this run's template; returns its name. */
export async function copyPgTemplate(url: string): Promise<string> {
  const template = inject('pgTemplate');
  if (!template) throw new Error('no template database: run the suite through vitest with test/global-setup.ts');
  const name = `${template.replace(/_template$/, '')}_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  return name;
}

/** A copy of the template database. */
export async function copyDatabase(): Promise<{ handle: DbHandle; drop: () => Promise<void> }> {
  const url = process.env.SHENPI_TEST_DATABASE_URL;
  if (url) {
    const name = await copyPgTemplate(url);
    const handle = await openDatabase({ databaseUrl: withDatabase(url, name), dataDir: '' });
    return {
      handle,
      drop: async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const template = inject('pgliteTemplate');
  if (!template) throw new Error('no template database: run the suite through vitest with test/global-setup.ts');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shenpi-db-'));
  fs.cpSync(template, dir, { recursive: true });
  const handle = await openPglite(dir);
  return { handle, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The cases' services of their own, as another server process (or one that crashed) would act: no
 * listeners and every policy off, said out loud (NO_POLICIES). The app's are `services.caseCommands` and the rest.
 */
export function bareCases(deps: AppDeps): CaseServices {
  const db = deps.database.db;
  return bareCaseServices({ db, catalog: new CatalogService(db), calendar: new CalendarService(db), now: deps.now, log: deps.logger });
}

/** Build the app over a fresh copy of the demo database. */
export async function createTestApp(env: Record<string, string> = {}, opts: { now?: () => Date } = {}): Promise<TestContext> {
  const { handle, drop } = await copyDatabase();
  const config = loadConfig({ SHENPI_DATA_DIR: os.tmpdir(), LOG_LEVEL: 'silent', SHENPI_LOGIN_RATE: '1000', ...env });
  const deps: AppDeps = { config, database: handle, logger: pino({ level: 'silent' }), now: opts.now ?? suiteClock() };
  const services = await createServices(deps);
  const app = await buildApp(deps, services);
  await app.ready();
  return {
    app,
    deps,
    database: handle,
    services,
    calendar: () => services.calendar.calendar(),
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'shenpi_session');
      if (!cookie) throw new Error('no session cookie');
      return `shenpi_session=${cookie.value}`;
    },
    async close() {
      await app.close();
      await handle.close();
      await drop();
    },
  };
}
