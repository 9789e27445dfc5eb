/**
 * How a drill session meets its players (architecture.md: "the session runner receives a
 * prompter"): interactive (inquirer, in src/cli/), scripted (no prompter: answers come from the
 * engine's scripted queue), or a test fake. Real time comes from a `RealClock`.
 */
import type { OpenDecision } from './open-decision.js';
import type { DrillEngine } from './drill-engine.js';

/** The wall clock as a session sees it; tests pass a fake that they move by hand. */
export interface RealClock {
  /** Milliseconds, monotonic. */
  now(): number;
  setTimeout(fire: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What a prompter knows while it asks. Times are scenario ms unless named `real`. */
export interface PromptContext {
  /** Scenario time when the prompt was shown. */
  shownAt: number;
  /**
   * When the next inject, delayed transition or scripted answer falls due, or undefined: at that
   * scenario time `signal` aborts and the prompter must resolve `{ kind: 'interrupted' }`.
   */
  due: number | undefined;
  /** Scenario seconds per real second. */
  pace: number;
  /** Aborted when `due` is reached in real time (the prompt is interrupted, then comes back). */
  signal: AbortSignal;
  /** The scenario time now, from the real clock (for countdowns). */
  scenarioNow(): number;
  /** Real milliseconds left until an open decision's target (negative once late), at the drill's pace. */
  realMsToTarget(open: OpenDecision): number | undefined;
  /** The engine, read-only: stage, variables, events so far (for the screen). */
  engine: Pick<DrillEngine, 'now' | 'stage' | 'events' | 'variables' | 'openDecisions'>;
}

/** What a prompt ended with. */
export type PromptResult =
  /** A player chose `option` for this opening; `at` (scenario ms) defaults to the real clock's reading. */
  | { kind: 'answer'; decision: string; opening: number; option: string; at?: number }
  /** `due` came while the player was thinking (resolve this when `signal` aborts). */
  | { kind: 'interrupted' }
  /** The player stopped the drill (Ctrl-C): the journal is kept for `--resume`. */
  | { kind: 'quit' };

/** Asks players to decide the open decisions of the roles they hold. */
export interface Prompter {
  /** Shows the open decisions (oldest first) and resolves with one answer, an interruption or quit. */
  ask(open: readonly OpenDecision[], context: PromptContext): Promise<PromptResult>;
}
