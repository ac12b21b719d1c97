/**
 * The exchange dispatcher: runs inside the server process, passing over the outbox and the due
 * deliveries back to back while there is work, and every `idleMs` when there is none
 * (ExchangeService.dispatchOnce; several processes may run it on one PostgreSQL).
 */
import type { Logger } from 'pino';
import type { ExchangeService } from '../modules/exchange/exchange.service.js';

/** A running dispatcher; `stop` waits for the pass in progress to finish. */
export interface Dispatcher {
  stop(): Promise<void>;
}

export function startDispatcher(exchange: Pick<ExchangeService, 'dispatchOnce'>, log: Logger, idleMs: number): Dispatcher {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const pass = async () => {
    let busy = false;
    try {
      const r = await exchange.dispatchOnce();
      busy = r.events + r.published > 0 || r.delivered + r.failed + r.dead > 0;
      if (r.failed || r.dead) log.warn(r, 'exchange pass: some deliveries failed');
      else if (busy) log.debug(r, 'exchange pass');
    } catch (err) {
      log.error({ err }, 'exchange pass failed; next pass retries');
    }
    if (!stopped) timer = setTimeout(() => void (running = pass()), busy ? 0 : idleMs);
  };
  running = pass();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
