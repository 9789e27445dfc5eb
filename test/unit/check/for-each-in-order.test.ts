/** forEachInOrder: bounded work, results handed on in order, at most `limit` waiting. */
import { describe, expect, it } from 'vitest';
import { forEachInOrder } from '../../../src/check/for-each-in-order.js';

/** A task that ends when its test says so. */
function deferred() {
  let resolve!: (value: number) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<number>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('forEachInOrder', () => {
  it('hands results on in the order of the items, whatever order they finish in', async () => {
    const tasks = Array.from({ length: 5 }, deferred);
    const seen: number[] = [];
    const done = forEachInOrder(
      [0, 1, 2, 3, 4],
      5,
      (index) => tasks[index]!.promise,
      (value) => {
        seen.push(value);
      },
    );
    for (const index of [4, 2, 3]) tasks[index]!.resolve(index * 10);
    await tick();
    expect(seen).toEqual([]);
    tasks[0]!.resolve(0);
    await tick();
    expect(seen).toEqual([0]);
    tasks[1]!.resolve(10);
    await done;
    expect(seen).toEqual([0, 10, 20, 30, 40]);
  });

  it('never has more than `limit` items started and not yet handed on', async () => {
    let started = 0;
    let handed = 0;
    let most = 0;
    await forEachInOrder(
      Array.from({ length: 50 }, (_, index) => index),
      4,
      async (index) => {
        started++;
        most = Math.max(most, started - handed);
        // Later items finish sooner: results pile up unless the window holds them back.
        await new Promise((resolve) => setTimeout(resolve, 50 - index));
        return index;
      },
      () => {
        handed++;
      },
    );
    expect(started).toBe(50);
    expect(handed).toBe(50);
    expect(most).toBe(4);
  });

  it('does nothing for no items', async () => {
    let calls = 0;
    await forEachInOrder(
      [],
      3,
      () => Promise.resolve(calls++),
      () => {},
    );
    expect(calls).toBe(0);
  });

  it('rejects with the failure of a task, after the tasks already started settle', async () => {
    const tasks = Array.from({ length: 3 }, deferred);
    const seen: number[] = [];
    const done = forEachInOrder(
      [0, 1, 2],
      3,
      (index) => tasks[index]!.promise,
      (value) => {
        seen.push(value);
      },
    );
    tasks[1]!.reject(new Error('unreadable'));
    tasks[0]!.resolve(0);
    let settled = false;
    const outcome = done.catch((error: Error) => {
      settled = true;
      return error.message;
    });
    await tick();
    expect(settled).toBe(false);
    tasks[2]!.resolve(2);
    expect(await outcome).toBe('unreadable');
    expect(seen).toEqual([0]);
  });
});
