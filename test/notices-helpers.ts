/**
 * The notices tests' wait for the outbox consumer: a consumer reads an event once every older
 * transaction of its database has ended, and the app's own consumers may hold the cursor for a pass.
 */
import { consumeOnce } from '../src/server/platform/consumers.js';
import type { TestContext } from './harness.js';

/** Consumer passes until the case has at least `count` notices; fails after 20 s. */
export async function consumeFor(t: TestContext, caseNo: string, count: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    await consumeOnce(t.database.db, t.services.notices.service.consumer());
    const n = await t.database.db.selectFrom('notices').select((eb) => eb.fn.countAll<string>().as('n')).where('case_no', '=', caseNo).executeTakeFirstOrThrow();
    if (Number(n.n) >= count) return;
    if (Date.now() > deadline) throw new Error(`case ${caseNo}: ${n.n} notices after 20 s of consumer passes, expected ${count}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
