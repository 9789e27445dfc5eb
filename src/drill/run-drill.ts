/**
 * The session runner: drives a drill engine to its end. Scripted answers and scenario time go
 * straight to the engine; open decisions without a scripted answer go to the prompter, while
 * scenario time flows at the drill's pace on the real clock (drill-and-scoring.md, "Time").
 * New events are handed to `record` (the journal) and awaited before every prompt.
 */
import type { DrillEvent } from '../model/index.js';
import type { DrillEngine } from './drill-engine.js';
import type { OpenDecision } from './open-decision.js';
import type { PromptContext, Prompter, RealClock } from './prompter.js';

/** How a session is run. */
export interface RunDrillOptions {
  /** Asks players; without one, decisions without a scripted answer wait until they close. */
  prompter?: Prompter;
  /** The real clock (needed with a prompter). */
  clock?: RealClock;
  /** Scenario seconds per real second while a prompt waits. */
  pace: number;
  /** Receives new events (oldest first); awaited before each prompt and at the end. */
  record?: (events: DrillEvent[]) => Promise<void> | void;
  /** No player is asked before this scenario time (a resumed journal's last time): it is replayed. */
  promptFrom?: number;
}

/** How a session ended: the drill finished, or a player quit (the journal can be resumed). */
export type RunDrillStatus = 'finished' | 'quit';

/** Runs the engine (already started) until the drill ends or a player quits. */
export async function runDrill(
  engine: DrillEngine,
  options: RunDrillOptions,
): Promise<RunDrillStatus> {
  const record = async () => {
    const fresh = engine.takeEvents();
    if (fresh.length > 0) await options.record?.(fresh);
  };
  while (!engine.finished) {
    await record();
    if (stepWithoutPlayers(engine, options.prompter ? (options.promptFrom ?? 0) : Infinity))
      continue;
    const waiting = engine.openDecisions().filter((open) => !open.scripted);
    const result = await ask(engine, waiting, options);
    if (result.kind === 'quit') {
      await record();
      return 'quit';
    }
    if (result.kind === 'interrupted') {
      const due = engine.nextDue();
      if (due !== undefined) engine.advanceTo(due);
      continue;
    }
    engine.answer(result.decision, result.opening, result.option, result.at);
  }
  await record();
  return 'finished';
}

/**
 * One step that needs no player: a scripted answer due before anything else, else (when no
 * player may be asked before `promptFrom`, or nobody waits) time moving to the next due thing,
 * else the end of a drill where nothing more can happen. False when a player must be asked.
 */
export function stepWithoutPlayers(engine: DrillEngine, promptFrom: number): boolean {
  const due = engine.nextDue();
  const scripted = engine.nextScripted();
  if (scripted && (due === undefined || scripted.at < due)) {
    engine.answer(scripted.decision, scripted.opening, scripted.option, scripted.at);
    return true;
  }
  const waiting = engine.openDecisions().some((open) => !open.scripted);
  if (waiting && engine.now < promptFrom) {
    const until = due === undefined ? promptFrom : Math.min(due, promptFrom);
    if (until === Infinity) engine.end();
    else engine.advanceTo(until);
    return true;
  }
  if (waiting) return false;
  if (due === undefined) engine.end();
  else engine.advanceTo(due);
  return true;
}

/** Shows one prompt, interrupted by the real clock when the next thing falls due. */
async function ask(
  engine: DrillEngine,
  waiting: readonly OpenDecision[],
  { prompter, clock, pace }: RunDrillOptions,
): Promise<
  | { kind: 'answer'; decision: string; opening: number; option: string; at: number }
  | { kind: 'interrupted' }
  | { kind: 'quit' }
> {
  if (!prompter || !clock) throw new Error('a prompt needs a prompter and a real clock');
  const shownAt = engine.now;
  const shownReal = clock.now();
  const due = engine.nextDue();
  const scenarioNow = () => shownAt + Math.round((clock.now() - shownReal) * pace);
  const controller = new AbortController();
  const timer =
    due === undefined
      ? undefined
      : clock.setTimeout(() => controller.abort(), Math.max(0, (due - shownAt) / pace));
  const context: PromptContext = {
    shownAt,
    due,
    pace,
    signal: controller.signal,
    scenarioNow,
    realMsToTarget: (open) =>
      open.target === null ? undefined : (open.openedAt + open.target - scenarioNow()) / pace,
    engine,
  };
  try {
    const result = await prompter.ask(waiting, context);
    if (result.kind !== 'answer') return result;
    // An answer that races the deadline counts as given at the deadline, after what fell due.
    const at = Math.max(shownAt, Math.min(result.at ?? scenarioNow(), due ?? Infinity));
    return { ...result, at };
  } finally {
    if (timer !== undefined) clock.clearTimeout(timer);
  }
}
