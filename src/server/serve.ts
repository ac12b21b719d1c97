/**
 * Start Shenpi (loaded by main.ts, which has begun opening the database): migrate, seed the demo bureau when asked, serve.
 */
import type { Config } from './config.js';
import { buildApp } from './app.js';
import { startDispatcher } from './jobs/dispatcher.js';
import { runExclusive } from './jobs/exclusive.js';
import { startSweeper } from './jobs/sweeper.js';
import { demoAccounts, seedDemo } from './demo/seed.js';
import { demoReceivers } from './demo/receivers.js';
import { seedDemoSupervision } from './demo/supervision.js';
import type { Clock } from './platform/clock.js';
import { startConsumers } from './platform/consumers.js';
import type { DbHandle } from './platform/db.js';
import type { Logger } from 'pino';
import { migrate } from './platform/migrate.js';
import { createServices } from './services.js';

/** Serve on the database `opening` yields, on the service clock `now`; whatever fails on the way is logged and ends the process. */
export function serve(config: Config, log: Logger, opening: Promise<DbHandle>, now: Clock): void {
  main(config, log, opening, now).catch((err: unknown) => {
    log.fatal({ err }, 'failed to start');
    process.exit(1);
  });
}

async function main(config: Config, log: Logger, opening: Promise<DbHandle>, now: Clock) {
  const database = await opening;
  const applied = await migrate(database);
  log.info({ database: database.kind, applied }, 'database ready');
  // the demo is a convenience: whatever it meets (a catalog edited since, a half-done seed) it never stops the start.
  // On a database created by this start it is seeded before listening (the first page shows the demo bureau); on an
  // existing one, its checks (and a half-done seed's rest) run after listening, so a restart listens at once (ADR 0023)
  const seed = () => seedDemo(database.db, log, { now }).catch((err: unknown) => log.error({ err }, 'demo seed failed; starting without it'));
  const freshDatabase = database.fromTemplate === true || applied.includes('0001_foundation.sql');
  if (config.demo && freshDatabase) await seed();
  const deps = { config, database, logger: log, now };
  const services = await createServices(deps);
  const app = await buildApp(deps, services);
  // a stopping instance's drain (below): every answer closes its connection, so the proxy opens its next one elsewhere
  let draining = false;
  app.addHook('onRequest', async (_req, reply) => {
    if (draining) reply.header('connection', 'close');
  });
  // listen first: the sweeper's first pass (on a fresh demo database, the demo cases' documents) must not keep the port closed
  await app.listen({ port: config.port, host: config.host });
  if (config.demo && !freshDatabase) await seed();
  // the regulators' supervision results name licences, which need the services: sent once, through the inbound path
  if (config.demo) await seedDemoSupervision(database.db, services, log, now).catch((err: unknown) => log.error({ err }, 'demo supervision results failed; starting without them'));
  // the demo regulators' receiving systems: loopback HTTP receivers when insecure endpoints are allowed, else their recorded history
  const receivers = config.demo ? await demoReceivers(database.db, log, config.exchangeAllowInsecure).catch((err: unknown) => (log.error({ err }, 'demo receivers failed; starting without them'), null)) : null;
  const sweeper = startSweeper(services, log, config.sweepSeconds * 1000, { exclusive: (pass) => runExclusive(database, 'sweeper', pass) });
  const dispatcher = startDispatcher(
    'exchange',
    async () => {
      const r = await services.exchange.dispatchOnce();
      return { busy: r.events + r.published + r.delivered + r.failed + r.dead > 0, failed: r.failed + r.dead > 0, counts: { ...r } };
    },
    log,
    config.exchangePollMs,
  );
  // after-commit work with its own cursors (platform/consumers.ts), and the SMS / WeChat notices it queues
  // the province consumer only when the platform is configured: its cursor starts at its first pass
  const consumers = startConsumers(database.db, [services.notices.service.consumer(), ...(services.province.enabled ? [services.province.consumer()] : [])], log, { pollMs: 1000 });
  const notices = startDispatcher(
    'notices',
    async () => {
      const r = await services.notices.dispatcher.dispatch();
      return { busy: r.sent + r.failed > 0, failed: r.failed > 0, counts: { ...r } };
    },
    log,
    5000,
  );

  const province = services.province.enabled
    ? startDispatcher(
        'province',
        async () => {
          const r = await services.province.dispatch();
          return { busy: r.accepted + r.rejected + r.failed + r.dead > 0, failed: r.failed + r.dead > 0, counts: { ...r } };
        },
        log,
        2000,
      )
    : null;

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down: finishing open requests');
    let stage = 'background passes';
    const force = setTimeout(() => {
      log.error({ stage }, 'shutdown took too long, exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    // Behind a keep-alive proxy, closing the idle connections at once races the proxy sending a request on one
    // (nginx then answers a POST 502: it does not send a POST twice). So first drain: keep serving, each answer
    // with Connection: close, until the proxy's own idle timeout has closed the connections it holds; meanwhile
    // the background passes in hand finish (each write is a transaction: none is left half done), side by side
    draining = true;
    const drained = new Promise((r) => setTimeout(r, config.shutdownDrainSeconds * 1000));
    await Promise.all([sweeper.stop(), dispatcher.stop(), notices.stop(), province?.stop(), consumers.stop(), drained]);
    stage = 'open requests';
    await services.exchange.close();
    await receivers?.close();
    await app.close();
    stage = 'database';
    await database.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  const url = `http://localhost:${config.port}`;
  const lines = [``, `  Shenpi 审批 is running: ${url}`, `  API docs: ${url}/api/docs`];
  if (config.demo) {
    const { password, accounts } = demoAccounts();
    lines.push(`  Demo accounts (password ${password}): ${accounts.map((a) => a.username).join(', ')}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
