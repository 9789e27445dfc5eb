/** The real clock of the process, for interactive drills (tests pass a fake RealClock). */
import type { RealClock } from '../../drill/prompter.js';

/** Monotonic milliseconds and the process's timers. */
export const systemClock: RealClock = {
  now: () => performance.now(),
  setTimeout: (fire, ms) => setTimeout(fire, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
