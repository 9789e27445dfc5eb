/**
 * Bounded concurrency that hands results on in order: enough files in flight to keep the disk
 * busy, and each file's findings passed on (printed) as soon as every earlier file's are, so that
 * memory holds at most `limit` results however many files there are.
 */

/**
 * Calls `work` on every item, and `each` on the results in the order of `items`: a result waits
 * only for the ones before it. At most `limit` items are started and not yet handed on; the next
 * starts when the oldest has been. The first failure of `work` or `each` rejects, once the work
 * already started has settled.
 */
export async function forEachInOrder<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
  each: (result: R) => void | Promise<void>,
): Promise<void> {
  const pending: Promise<R>[] = [];
  let next = 0;
  const start = () => {
    const result = work(items[next++]!);
    // Awaited in its turn; until then a failure must not count as unhandled.
    result.catch(() => {});
    pending.push(result);
  };
  try {
    while (next < items.length && pending.length < Math.max(1, limit)) start();
    while (pending.length > 0) {
      await each(await pending.shift()!);
      // Only now: a slow reader of the output holds the work back too.
      if (next < items.length) start();
    }
  } finally {
    // After a failure, let the work already started finish before the caller goes on.
    await Promise.allSettled(pending);
  }
}
