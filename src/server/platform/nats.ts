/**
 * The optional NATS JetStream transport of the exchange (SHENPI_NATS_URL): a stream that keeps
 * every published event, subject `shenpi.events.<department code>`, and drops a message whose
 * id it saw within the duplicate window — so a re-publish after a crash is harmless.
 */
// the client libraries load on first use: most installations have no NATS, and a start should not pay for it
import type { JetStreamClient } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';

/** Where the exchange hands an event to a message bus. */
export interface EventPublisher {
  /** publish once in effect: the bus drops a repeat of `msgId` */
  publish(subject: string, body: string, msgId: string): Promise<{ duplicate: boolean; seq: number }>;
  close(): Promise<void>;
}

export const NATS_STREAM = 'SHENPI_EVENTS';
export const NATS_SUBJECT_PREFIX = 'shenpi.events.';
/** Long enough to cover a crashed process's restart and its re-publish of the batch it had sent. */
const DUPLICATE_WINDOW_MS = 60 * 60_000;

/**
 * A publisher that connects on first use, makes sure the stream exists with the subjects and the
 * duplicate window, and connects again after a failure: a bus that is down at start or later
 * never keeps the bureau from running (the exchange retries every pass).
 */
export function natsPublisher(url: string): EventPublisher {
  let ready: Promise<{ nc: NatsConnection; js: JetStreamClient }> | null = null;
  const open = async () => {
    const [{ jetstream, jetstreamManager }, { connect, nanos }] = await Promise.all([import('@nats-io/jetstream'), import('@nats-io/transport-node')]);
    const nc = await connect({ servers: url, name: 'shenpi-exchange' });
    try {
      const jsm = await jetstreamManager(nc);
      const config = { subjects: [`${NATS_SUBJECT_PREFIX}>`], duplicate_window: nanos(DUPLICATE_WINDOW_MS) };
      const exists = await jsm.streams.info(NATS_STREAM).then(
        () => true,
        () => false,
      );
      if (exists) await jsm.streams.update(NATS_STREAM, config);
      else await jsm.streams.add({ name: NATS_STREAM, ...config });
      return { nc, js: jetstream(nc) };
    } catch (err) {
      await nc.close();
      throw err;
    }
  };
  return {
    async publish(subject, body, msgId) {
      ready ??= open();
      try {
        const { js } = await ready;
        const ack = await js.publish(subject, body, { msgID: msgId });
        return { duplicate: ack.duplicate, seq: ack.seq };
      } catch (err) {
        const failed = ready;
        ready = null;
        await failed.then(({ nc }) => nc.close(), () => undefined);
        throw err;
      }
    },
    async close() {
      const current = ready;
      ready = null;
      await current?.then(({ nc }) => nc.drain(), () => undefined);
    },
  };
}
