/** A real clock for tests: time moves only when the test says so. */
import type { RealClock } from '../../../src/drill/prompter.js';

/** A fake wall clock whose timers fire during `advance`. */
export class FakeRealClock implements RealClock {
  #now = 0;
  #next = 0;
  readonly #timers = new Map<number, { due: number; fire: () => void }>();

  now(): number {
    return this.#now;
  }

  setTimeout(fire: () => void, ms: number): unknown {
    const id = this.#next++;
    this.#timers.set(id, { due: this.#now + ms, fire });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }

  /** Moves time forward by `ms`, firing every timer due on the way. */
  advance(ms: number): void {
    this.#now += ms;
    for (const [id, timer] of [...this.#timers]) {
      if (timer.due <= this.#now) {
        this.#timers.delete(id);
        timer.fire();
      }
    }
  }
}
