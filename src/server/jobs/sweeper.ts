/**
 * The sweeper: runs on an interval inside the server process, so deemed acceptance and deadline
 * notices happen on time without anyone opening a case (CaseSweeperService.sweep), and what a crash
 * left between an action's commit and its licence or documents is made (catch-up).
 */
import type { Logger } from 'pino';
import type { Services } from '../services.js';

/** Catch-up batches per pass stop after this long, so a backlog (the demo's first start) is worked off a little each pass while requests are served. */
const CATCH_UP_MS = 5_000;
/** Licences and documents per catch-up batch: each renders PDFs, and a stop waits for the batch in hand (a SIGTERM must end well within 10 s). */
const CATCH_UP_BATCH = 5;

/** A running sweeper; `stop` waits for the pass in progress to finish. */
export interface Sweeper {
  stop(): Promise<void>;
}

/** How a pass is run: alone across the processes on one database (jobs/exclusive.ts); false when another process ran it. */
export type Exclusive = (pass: () => Promise<void>) => Promise<boolean>;

/**
 * Start sweeping after `firstPassMs` (default: the interval, at most 3 s — the first health checks and pages of a
 * start are answered before a backlog's catch-up) and then every `intervalMs`. With several processes on one
 * PostgreSQL, `exclusive` makes each pass run in one of them.
 */
export function startSweeper(
  services: Pick<Services, 'caseSweeper' | 'licences' | 'documents' | 'experts' | 'analytics' | 'appointments' | 'fees'>,
  log: Logger,
  intervalMs: number,
  opts: { exclusive?: Exclusive; firstPassMs?: number } = {},
): Sweeper {
  const exclusive: Exclusive = opts.exclusive ?? (async (pass) => (await pass(), true));
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const work = async () => {
    try {
      const r = { ...(await services.caseSweeper.sweep()), licences: await services.licences.sweep(), experts: await services.experts.sweep(), appointmentReminders: await services.appointments.remind(), fees: await services.fees.sweep() };
      const until = Date.now() + CATCH_UP_MS;
      // analytics first: a few milliseconds a case, where a backlog of documents (the demo's first start) takes minutes
      let analytics = 0;
      for (let n = 1; n > 0 && !stopped && Date.now() < until; ) analytics += n = await services.analytics.catchUp();
      let issued = 0;
      let documents = 0;
      for (let n = 1; n > 0 && !stopped && Date.now() < until; ) issued += n = await services.licences.catchUp(CATCH_UP_BATCH);
      for (let n = 1; n > 0 && !stopped && Date.now() < until; ) documents += n = await services.documents.catchUp(CATCH_UP_BATCH);
      const figures = { ...r, issued, documents, analytics };
      const l = r.licences;
      if (r.deemed || r.notices || issued || documents || l.reminders || l.deemed || l.expired || r.experts.reminders || r.experts.overdue || r.appointmentReminders) log.info(figures, 'sweeper pass');
      else log.debug(figures, 'sweeper pass');
    } catch (err) {
      log.error({ err }, 'sweeper pass failed; next pass retries');
    }
  };
  const pass = async () => {
    try {
      if (!(await exclusive(work))) log.debug('sweeper pass skipped: another process is sweeping');
    } catch (err) {
      log.error({ err }, 'sweeper pass failed; next pass retries');
    }
  };
  const schedule = (delay = intervalMs) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pass().finally(() => schedule());
    }, delay);
  };
  schedule(opts.firstPassMs ?? Math.min(intervalMs, 3000));
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
