/**
 * Every statement embedded PGlite runs, for the benchmarks that count them (case-statements, catalog-review): the
 * client's `query` and `exec` are wrapped on the prototype, BEGIN and COMMIT included, the outermost call only (one
 * may call the other inside), each with the nanoseconds it took (PGlite runs on this thread: the rest is JavaScript).
 * For benchmarks that run one statement at a time.
 */
import { PGlite } from '@electric-sql/pglite';

export function onPgliteStatement(listen: (sql: string, ns: bigint) => void): void {
  let depth = 0;
  const proto = PGlite.prototype as unknown as Record<'query' | 'exec', (this: PGlite, sql: string, ...rest: unknown[]) => Promise<unknown>>;
  for (const name of ['query', 'exec'] as const) {
    const original = proto[name];
    proto[name] = async function (this: PGlite, sql: string, ...rest: unknown[]) {
      if (depth > 0) return original.call(this, sql, ...rest);
      depth++;
      const t = process.hrtime.bigint();
      try {
        return await original.call(this, sql, ...rest);
      } finally {
        depth--;
        listen(sql, process.hrtime.bigint() - t);
      }
    };
  }
}
