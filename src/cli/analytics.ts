/**
 * `shenpi demo generate --cases N` (synthetic cases for the scale path, with their logs,
 * tickets, ratings and analytics facts) and `shenpi analytics rebuild` (every fact from the
 * action logs, the rollups from the facts), on the embedded database or DATABASE_URL.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { loadConfig } from '../server/config.js';
import { CalendarService } from '../server/modules/calendar/calendar.service.js';
import { generateCases } from '../server/modules/analytics/analytics.generate.js';
import { AnalyticsService } from '../server/modules/analytics/analytics.service.js';
import { serviceClock, type Clock } from '../server/platform/clock.js';
import { openDatabase, type DbHandle } from '../server/platform/db.js';
import { migrate } from '../server/platform/migrate.js';
import { toShanghaiDate } from '../domain/calendar.js';
import { progressBar } from './catalog.js';

async function withDatabase(body: (handle: DbHandle, now: Clock) => Promise<void>) {
  const config = loadConfig();
  const handle = await openDatabase(config);
  try {
    await migrate(handle);
    await body(handle, serviceClock(config.clockStart));
  } finally {
    await handle.close();
  }
}

/** A commander parser for a whole number in [min, max]. */
function wholeNumber(min: number, max: number) {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`a whole number from ${min} to ${max}`);
    return n;
  };
}

/** Add `demo generate` and `analytics rebuild`. */
export function registerAnalyticsCommands(program: Command) {
  const demo = program.command('demo').description('demo data beyond the seeded bureau');
  demo
    .command('generate')
    .description('add N synthetic cases (action logs, hall tickets, ratings) spread over the past years, and refresh the analytics rollups')
    .requiredOption('--cases <n>', 'how many cases', wholeNumber(1, 10_000_000))
    .option('--years <n>', 'years back from today the cases spread over', wholeNumber(1, 30), 3)
    .option('--seed <n>', 'random seed (the same seed, catalog and day give the same cases)', wholeNumber(0, 2 ** 31), 20181106)
    .action(async (opts: { cases: number; years: number; seed: number }) => {
      await withDatabase(async (handle, now) => {
        const calendar = await new CalendarService(handle.db).current();
        const bar = progressBar('生成办件');
        const r = await generateCases(handle.db, calendar, { cases: opts.cases, years: opts.years, seed: opts.seed, today: toShanghaiDate(now()), onProgress: bar.update }).finally(() => bar.stop());
        // the cases that were there before (the demo seed's) get their facts as the server's sweeper would give them
        const service = new AnalyticsService({ db: handle.db, calendar: new CalendarService(handle.db), now });
        let caughtUp = 0;
        for (let n = 1; n > 0; ) caughtUp += n = await service.catchUp();
        console.log(`generated ${r.cases} cases (${r.actions} actions, ${r.tickets} hall tickets, ${r.ratings} ratings) and refreshed the rollups in ${r.seconds} s; ${caughtUp} earlier cases brought up to date`);
      });
    });

  const analytics = program.command('analytics').description('big-data analysis (大数据分析)');
  analytics
    .command('rebuild')
    .description('recompute every case fact from the action logs and the rollups from the facts')
    .action(async () => {
      await withDatabase(async (handle, now) => {
        const service = new AnalyticsService({ db: handle.db, calendar: new CalendarService(handle.db), now });
        const bar = progressBar('重算办件');
        const r = await service.rebuild({ type: 'system', name: 'cli', ip: null }, bar.update).finally(() => bar.stop());
        console.log(`rebuilt ${r.cases} case facts and ${r.rollupRows} rollup rows in ${r.seconds} s`);
      });
    });
}
