/**
 * Dispatchers inside the server process: a pass runs back to back while it finds work, and
 * every `idleMs` when there is none. The exchange (ExchangeService.dispatchOnce) and the SMS
 * notices (NoticesService.dispatch) run this way; several processes may run them on one PostgreSQL.
 */
import type { Logger } from 'pino';

/** A running dispatcher; `stop` waits for the pass in progress to finish. */
export interface Dispatcher {
  stop(): Promise<void>;
}

/** One pass: what it did, whether it found work (run again at once), and whether something failed (logged as a warning). */
export interface PassReport {
  busy: boolean;
  failed: boolean;
  counts: Record<string, number>;
}

export function startDispatcher(name: string, pass: () => Promise<PassReport>, log: Logger, idleMs: number): Dispatcher {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const run = async () => {
    let busy = false;
    try {
      const r = await pass();
      busy = r.busy;
      if (r.failed) log.warn({ dispatcher: name, ...r.counts }, `${name} pass: some deliveries failed`);
      else if (busy) log.debug({ dispatcher: name, ...r.counts }, `${name} pass`);
    } catch (err) {
      log.error({ dispatcher: name, err }, `${name} pass failed; next pass retries`);
    }
    if (!stopped) timer = setTimeout(() => void (running = run()), busy ? 0 : idleMs);
  };
  running = run();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
