/**
 * The demo regulators' receiving systems (issue #22). With SHENPI_EXCHANGE_ALLOW_INSECURE=1 the demo
 * starts one small HTTP receiver per seeded subscription on 127.0.0.1 (a free port each start), points
 * the subscription at it and enables it, so the exchange's deliveries really go over HTTP: each
 * receiver checks the Standard Webhooks signature with the `standardwebhooks` package and answers
 * 204 (401 to a bad signature). Otherwise (the default) the subscriptions stay what exchange.ts
 * recorded — disabled, at their regulators' own https endpoints — the exchange's history only; a demo
 * started once with receivers is put back so on the next start without them.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { Webhook } from 'standardwebhooks';
import type { Db } from '../platform/db.js';
import { DEMO_SUBSCRIBERS } from './exchange.js';

/** A delivery as a receiver verified it (the CloudEvent). */
export interface ReceivedEvent {
  id: string;
  type: string;
  subject: string;
  data: unknown;
}

/**
 * A regulator's receiving endpoint: every POST is checked with the standardwebhooks package against
 * `secret` — 204 and `event` when it verifies, 401 and `refused` when not; 503 while `down()` says so.
 * The demo's receivers and `shenpi regulator-sim` are this.
 */
export function webhookReceiver(secret: string, on: { event: (ev: ReceivedEvent) => void; refused: (reason: string) => void; down?: () => boolean }): http.Server {
  const signer = new Webhook(secret);
  return http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (b: Buffer) => chunks.push(b));
    req.on('end', () => {
      if (on.down?.()) return void res.writeHead(503).end('simulated outage');
      let ev: ReceivedEvent;
      try {
        ev = signer.verify(Buffer.concat(chunks).toString(), req.headers as Record<string, string>) as ReceivedEvent;
      } catch (err) {
        on.refused((err as Error).message);
        return void res.writeHead(401).end('bad signature');
      }
      on.event(ev);
      res.writeHead(204).end();
    });
  });
}

/** The running receivers: where each listens, what each took; `close` stops them. */
export interface DemoReceivers {
  urls: Map<string, string>;
  received: Map<string, number>;
  close(): Promise<void>;
}

/** Start the receivers and enable the demo subscriptions (`loopback`), or put the subscriptions back to their recorded endpoints. */
export async function demoReceivers(db: Db, log: Logger, loopback: boolean): Promise<DemoReceivers> {
  const subs = await db
    .selectFrom('exchange_subscriptions')
    .select(['id', 'name', 'secret'])
    .where(
      'name',
      'in',
      DEMO_SUBSCRIBERS.map((s) => s.name),
    )
    .execute();
  const servers: http.Server[] = [];
  const urls = new Map<string, string>();
  const received = new Map<string, number>();
  for (const sub of subs) {
    const recorded = DEMO_SUBSCRIBERS.find((s) => s.name === sub.name);
    if (!recorded) continue;
    if (!loopback) {
      await db.updateTable('exchange_subscriptions').set({ url: recorded.url, enabled: false }).where('id', '=', sub.id).execute();
      continue;
    }
    const server = webhookReceiver(sub.secret, {
      event: (ev) => {
        received.set(sub.name, (received.get(sub.name) ?? 0) + 1);
        log.debug({ receiver: sub.name, type: ev.type, subject: ev.subject }, 'demo receiver: event verified');
      },
      refused: (reason) => log.warn({ receiver: sub.name, reason }, 'demo receiver: bad signature'),
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    servers.push(server);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/shenpi/events`;
    urls.set(sub.name, url);
    await db.updateTable('exchange_subscriptions').set({ url, enabled: true, consecutive_failures: 0, alerting_since: null }).where('id', '=', sub.id).execute();
  }
  if (loopback) log.info({ receivers: urls.size }, 'demo regulators\' receivers listening on 127.0.0.1 (SHENPI_EXCHANGE_ALLOW_INSECURE)');
  return {
    urls,
    received,
    close: () => Promise.all(servers.map((s) => new Promise<void>((ok) => s.close(() => ok())))).then(() => undefined),
  };
}
