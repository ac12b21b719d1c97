/**
 * Exchange benchmark (issue #7): signed deliveries per second from the dispatcher
 * (ExchangeService.dispatchOnce: claim under the lock row, Standard Webhooks signature, POST,
 * attempt rows and delivery updates) to a loopback receiver, against a bare loop POSTing the same
 * bodies to the same receiver with the same concurrency, in the same process and run.
 * Goal: ≥ 2,000 deliveries/s and ≥ 0.5× the bare loop.
 *
 * Usage: npx tsx bench/exchange.bench.ts             (embedded PGlite in a temporary directory)
 *        DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/exchange.bench.ts
 *        BENCH_EVENTS=5000 sets the number of deliveries.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pino from 'pino';
import { DEMO_DIR } from '../src/server/demo/seed.js';
import { CalendarService } from '../src/server/modules/calendar/calendar.service.js';
import { ExchangeService } from '../src/server/modules/exchange/exchange.service.js';
import { orgFile } from '../src/server/modules/org/org.schemas.js';
import { OrgService } from '../src/server/modules/org/org.service.js';
import { migrate } from '../src/server/platform/migrate.js';
import { seedDeliveries } from '../test/exchange-fixtures.js';
import { openScratch } from './scratch-db.js';

const EVENTS = Math.max(100, Number(process.env.BENCH_EVENTS ?? 5000));
const SUBJECTS = 1000;
const CONCURRENCY = 32;

const { database, cleanup } = await openScratch();
const db = database.db;
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(204).end());
});
server.keepAliveTimeout = 60_000;

try {
  await migrate(database);
  const org = orgFile.parse(JSON.parse(fs.readFileSync(path.join(DEMO_DIR, 'org.json'), 'utf8')));
  await db.transaction().execute((trx) => new OrgService(db).load(trx, { type: 'system', name: 'bench', ip: null }, org));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`;

  await seedDeliveries(db, { url, count: EVENTS, subjects: SUBJECTS });
  const bodies = (await db.selectFrom('exchange_events').select('event').orderBy('seq').execute()).map((r) => JSON.stringify(r.event));

  // the bare loop: the same bodies, the same concurrency, no database, no signature
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < bodies.length; i = next++) (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies[i] })).body?.cancel();
    }),
  );
  const bare = EVENTS / ((performance.now() - t0) / 1000);

  const exchange = new ExchangeService({
    db,
    licences: { act: () => Promise.reject(new Error('unused')) },
    calendar: new CalendarService(db),
    keys: { sign: () => ({ keyId: 'x', signature: 'x', sm2: { keyId: 'y', signature: 'y' } }) },
    log: pino({ level: 'silent' }),
    now: () => new Date(),
    allowInsecure: true,
    alertAfter: 5,
    batch: 500,
    concurrency: CONCURRENCY,
  });
  let delivered = 0;
  const t1 = performance.now();
  while (delivered < EVENTS) {
    const r = await exchange.dispatchOnce();
    if (r.failed || r.dead) throw new Error(`deliveries failed: ${JSON.stringify(r)}`);
    delivered += r.delivered;
  }
  const signed = EVENTS / ((performance.now() - t1) / 1000);
  const attempts = await db.selectFrom('exchange_attempts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  process.stdout.write(
    [
      `exchange (${database.kind}, ${EVENTS} deliveries over ${SUBJECTS} subjects, concurrency ${CONCURRENCY})`,
      `  bare POST loop          ${bare.toFixed(0).padStart(7)} /s`,
      `  signed deliveries       ${signed.toFixed(0).padStart(7)} /s   ratio ${(signed / bare).toFixed(2)}   (goal ≥ 2000/s and ≥ 0.5)   attempts logged ${attempts.n}`,
      '',
    ].join('\n'),
  );
} finally {
  server.close();
  await cleanup();
}
