/**
 * Sending to outside systems `concurrency` at a time (the exchange's deliveries, notices, the
 * provincial platform's records).
 */

/** Run `fn` over `items` in their order, at most `concurrency` at a time; resolves when every call has ended. */
export async function eachLimit<T>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) await fn(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, concurrency), items.length) }, worker));
}
