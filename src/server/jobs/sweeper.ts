/**
 * The sweeper: runs on an interval inside the server process, so deemed acceptance and deadline
 * notices happen on time without anyone opening a case (CasesService.sweep), and what a crash
 * left between an action's commit and its licence or documents is made (catch-up).
 */
import type { Logger } from 'pino';
import type { Services } from '../services.js';

/** Catch-up batches per pass stop after this long, so a backlog (the demo's first start) is worked off a little each pass while requests are served. */
const CATCH_UP_MS = 5_000;

/** A running sweeper; `stop` waits for the pass in progress to finish. */
export interface Sweeper {
  stop(): Promise<void>;
}

/** Start sweeping now and then every `intervalMs`. */
export function startSweeper(services: Pick<Services, 'cases' | 'licences' | 'documents' | 'experts' | 'analytics' | 'hall' | 'fees'>, log: Logger, intervalMs: number): Sweeper {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const pass = async () => {
    try {
      const r = { ...(await services.cases.sweep()), licences: await services.licences.sweep(), experts: await services.experts.sweep(), appointmentReminders: await services.hall.remindAppointments(), fees: await services.fees.sweep() };
      const until = Date.now() + CATCH_UP_MS;
      // analytics first: a few milliseconds a case, where a backlog of documents (the demo's first start) takes minutes
      let analytics = 0;
      for (let n = 1; n > 0 && !stopped && Date.now() < until; ) analytics += n = await services.analytics.catchUp();
      let issued = 0;
      let documents = 0;
      for (let n = 1; n > 0 && !stopped && Date.now() < until; ) issued += n = await services.licences.catchUp();
      for (let n = 1; n > 0 && !stopped && Date.now() < until; ) documents += n = await services.documents.catchUp();
      const figures = { ...r, issued, documents, analytics };
      const l = r.licences;
      if (r.deemed || r.notices || issued || documents || l.reminders || l.deemed || l.expired || r.experts.reminders || r.experts.overdue || r.appointmentReminders) log.info(figures, 'sweeper pass');
      else log.debug(figures, 'sweeper pass');
    } catch (err) {
      log.error({ err }, 'sweeper pass failed; next pass retries');
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pass().finally(schedule);
    }, intervalMs);
  };
  running = pass().finally(schedule);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
