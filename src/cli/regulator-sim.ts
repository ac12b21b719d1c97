/**
 * `shenpi regulator-sim`: a small regulator system for demonstrations and tests. It receives the
 * bureau's events (POST /events), checks each with the standardwebhooks package, de-duplicates
 * on webhook-id and prints them; `--send` posts one supervision result to the bureau, signed
 * with the same secret, and prints the bureau's receipt.
 */
import type { Command } from 'commander';
import { Webhook } from 'standardwebhooks';
import { inboundMessageSchema } from '../domain/exchange.js';
import { webhookReceiver } from '../server/demo/receivers.js';

interface SimOptions {
  port: string;
  secret: string;
  send?: string;
  server: string;
  key?: string;
  failFirst: string;
}

export function registerRegulatorSim(program: Command) {
  program
    .command('regulator-sim')
    .description('run a regulator that receives and verifies events (POST http://127.0.0.1:PORT/events), or --send a supervision result')
    .requiredOption('--secret <whsec>', "the subscription's signing secret (shown once when it was created)")
    .option('--port <n>', 'port to receive events on', '4100')
    .option('--fail-first <n>', 'answer 503 to the first n requests (to watch the retries)', '0')
    .option('--send <json>', 'send this inbound message (JSON, see docs/api-v1.md § Exchange) instead of receiving')
    .option('--server <url>', 'the bureau', 'http://localhost:3000')
    .option('--key <apikey>', "the regulator's API key (for --send)")
    .action(async (opts: SimOptions) => {
      const wh = new Webhook(opts.secret);
      if (opts.send) {
        if (!opts.key) throw new Error('--send needs --key');
        const msg = inboundMessageSchema.parse(JSON.parse(opts.send));
        const body = JSON.stringify(msg);
        const id = `sim_${msg.messageId}`;
        const at = new Date();
        const res = await fetch(`${opts.server.replace(/\/+$/, '')}/api/v1/exchange/inbound`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${opts.key}`,
            'content-type': 'application/json',
            'webhook-id': id,
            'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
            'webhook-signature': wh.sign(id, at, body),
          },
          body,
        });
        console.log(res.status, await res.text());
        if (!res.ok) process.exitCode = 1;
        return;
      }
      const seen = new Set<string>();
      let failures = Number(opts.failFirst);
      const server = webhookReceiver(opts.secret, {
        down: () => failures-- > 0,
        event: (ev) => {
          const again = seen.has(ev.id);
          seen.add(ev.id);
          console.log(`${new Date().toISOString()} ${again ? 'duplicate' : 'received '} ${ev.id} ${ev.type} ${ev.subject} ${JSON.stringify(ev.data)}`);
        },
        refused: (reason) => console.log(`${new Date().toISOString()} REFUSED ${reason}`),
      });
      server.listen(Number(opts.port), '127.0.0.1', () => console.log(`regulator-sim receiving on http://127.0.0.1:${opts.port}/events`));
    });
}
