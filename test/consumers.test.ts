/**
 * Outbox consumers (platform/consumers.ts): every event once, in commit-safe order, a late commit
 * never passed over, a failing event parked and replayed — on PGlite and on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumeOnce, consumerLag, MAX_ATTEMPTS, replayParked, type OutboxConsumer, type OutboxRecord } from '../src/server/platform/consumers.js';
import type { DbHandle, Trx } from '../src/server/platform/db.js';
import { emit } from '../src/server/platform/outbox.js';
import { copyDatabase } from './harness.js';

let handle: DbHandle;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ handle, drop } = await copyDatabase());
});
afterAll(async () => {
  await handle.close();
  await drop();
});

/** A consumer that records what it handles, in order, in a table of the test's own, in the pass's transaction. */
function recorder(name: string, opts: { topics?: string[]; startAt?: 'beginning' | 'now'; failOn?: (e: OutboxRecord) => boolean } = {}): OutboxConsumer {
  return {
    name,
    topics: opts.topics,
    startAt: opts.startAt ?? 'beginning',
    batch: 7,
    async handle(trx: Trx, events) {
      for (const e of events) {
        if (opts.failOn?.(e)) throw new Error(`cannot handle ${e.id}`);
        await trx.insertInto('consumed_test' as never).values({ consumer: name, outbox_id: e.id } as never).execute();
      }
    },
  };
}

async function handledBy(name: string): Promise<number[]> {
  const rows = await handle.db.selectFrom('consumed_test' as never).select('outbox_id' as never).where('consumer' as never, '=', name as never).orderBy('seq' as never).execute();
  return (rows as { outbox_id: number }[]).map((r) => Number(r.outbox_id));
}

/** Passes until a consumer has nothing left. */
async function drain(c: OutboxConsumer): Promise<void> {
  for (let i = 0; i < 10_000; i++) {
    const r = await consumeOnce(handle.db, c);
    if (r.failed) throw new Error(r.failed.error);
    if (r.claimed && r.handled === 0) return;
  }
}

const put = (topic: string, subject = 'S') => handle.db.transaction().execute((trx) => emit(trx, { topic, subject, payload: { n: 1 } }));

describe('outbox consumers', () => {
  beforeAll(async () => {
    // UNIQUE: a second handling of one event by one consumer would fail the pass, not hide
    await handle.execScript('CREATE TABLE consumed_test (seq bigserial, consumer text NOT NULL, outbox_id bigint NOT NULL, UNIQUE (consumer, outbox_id))');
  });

  it('reads every event once, in id order within a transaction, even with two passes racing', async () => {
    for (let i = 0; i < 20; i++) await put('test.a');
    const all = (await handle.db.selectFrom('outbox').select('id').orderBy('id').execute()).map((r) => r.id);
    const c = recorder('all');
    await Promise.all([drain(c), drain(c)]);
    const got = await handledBy('all');
    expect(got).toHaveLength(all.length);
    expect(new Set(got)).toEqual(new Set(all));
    expect((await consumerLag(handle.db)).find((l) => l.consumer === 'all')).toEqual({ consumer: 'all', waiting: 0, parked: 0 });
  });

  it('reads only its topics and moves past the rest; a cursor started "now" sees only later events', async () => {
    const late = recorder('late-b', { topics: ['test.b'], startAt: 'now' });
    await drain(late);
    expect(await handledBy('late-b')).toEqual([]);
    await put('test.a');
    await put('test.b');
    await put('test.a');
    await drain(late);
    const b = await handle.db.selectFrom('outbox').select('id').where('topic', '=', 'test.b').execute();
    expect(await handledBy('late-b')).toEqual(b.map((r) => r.id));
    expect((await consumerLag(handle.db)).find((l) => l.consumer === 'late-b')?.waiting).toBe(0);
  });

  it(`parks an event that fails ${MAX_ATTEMPTS} times, goes on past it, and replays it on request`, async () => {
    let broken = true;
    await put('test.c');
    const bad = Number((await handle.db.selectFrom('outbox').select('id').where('topic', '=', 'test.c').executeTakeFirstOrThrow()).id);
    await put('test.c');
    const c = recorder('poison', { topics: ['test.c'], failOn: (e) => broken && e.id === bad });
    const passes = [];
    for (let i = 0; i < MAX_ATTEMPTS; i++) passes.push(await consumeOnce(handle.db, c));
    expect(passes.map((p) => p.failed?.parked)).toEqual([...Array(MAX_ATTEMPTS - 1).fill(false), true]);
    await drain(c);
    const after = await handledBy('poison');
    expect(after).not.toContain(bad);
    expect(after).toHaveLength(1);
    expect((await consumerLag(handle.db)).find((l) => l.consumer === 'poison')?.parked).toBe(1);
    await expect(replayParked(handle.db, c, bad)).rejects.toThrow(`cannot handle ${bad}`);
    broken = false;
    await replayParked(handle.db, c, bad);
    expect((await handledBy('poison')).sort((x, y) => x - y)).toEqual([bad, ...after].sort((x, y) => x - y));
    expect((await consumerLag(handle.db)).find((l) => l.consumer === 'poison')?.parked).toBe(0);
  });

  it.skipIf(!process.env.SHENPI_TEST_DATABASE_URL)('never passes over an event whose transaction commits after a later one (PostgreSQL)', async () => {
    const c = recorder('order', { topics: ['test.d'], startAt: 'now' });
    await drain(c);
    let early = 0;
    await handle.db.transaction().execute(async (trx) => {
      await emit(trx, { topic: 'test.d', subject: 'early', payload: {} });
      early = Number((await trx.selectFrom('outbox').select('id').where('subject', '=', 'early').executeTakeFirstOrThrow()).id);
      // a later transaction commits while this one is still open
      await put('test.d', 'later');
      await drain(c);
      // the later event waits: the open transaction might still add below it
      expect(await handledBy('order')).toEqual([]);
    });
    const later = Number((await handle.db.selectFrom('outbox').select('id').where('subject', '=', 'later').executeTakeFirstOrThrow()).id);
    // both now, in their order: the other test files' transactions on the same server are in other databases
    await drain(c);
    expect(await handledBy('order')).toEqual([early, later]);
  });

  it.skipIf(!process.env.SHENPI_TEST_DATABASE_URL)('is not held back by a long transaction in another database of the same server (PostgreSQL)', async () => {
    const other = await copyDatabase();
    try {
      const c = recorder('neighbour', { topics: ['test.n'], startAt: 'now' });
      await drain(c);
      let release = () => {};
      const held = new Promise<void>((r) => (release = r));
      let opened = () => {};
      const isOpen = new Promise<void>((r) => (opened = r));
      // another application on the server writes and keeps its transaction open
      const neighbour = other.handle.db.transaction().execute(async (trx) => {
        await emit(trx, { topic: 'test.n', subject: 'elsewhere', payload: {} });
        opened();
        await held;
      });
      await isOpen;
      await put('test.n', 'here');
      await drain(c);
      const here = Number((await handle.db.selectFrom('outbox').select('id').where('subject', '=', 'here').executeTakeFirstOrThrow()).id);
      expect(await handledBy('neighbour')).toEqual([here]);
      release();
      await neighbour;
    } finally {
      await other.handle.close();
      await other.drop();
    }
  });
});
