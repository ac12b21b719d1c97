/**
 * The deadline sweeper: runs CasesService.sweep on an interval inside the server process, so
 * deemed acceptance and deadline notices happen on time without anyone opening a case.
 */
import type { Logger } from 'pino';
import type { CasesService } from '../modules/cases/cases.service.js';

/** A running sweeper; `stop` waits for the pass in progress to finish. */
export interface Sweeper {
  stop(): Promise<void>;
}

/** Start sweeping now and then every `intervalMs`. */
export function startSweeper(service: CasesService, log: Logger, intervalMs: number): Sweeper {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const pass = async () => {
    try {
      const r = await service.sweep();
      if (r.deemed || r.notices) log.info(r, 'sweeper pass');
      else log.debug(r, 'sweeper pass');
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
