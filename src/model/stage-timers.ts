/**
 * The delayed things of one stage, in the order the compiled machine fires them.
 *
 * Both the compiler and the stage graph read this, so the diagram, the route analysis and the
 * machine agree on which timer wins. Timers are grouped by delay (XState has one delayed event
 * per delay of a state); within a group, decision timeouts come first (in decision order), then
 * `after` entries (in list order). Every open decision of a group times out; the first entry of
 * the group that leads to another stage is the one that moves.
 */
import { parseDuration } from './duration.js';
import type { Stage } from './plan.js';
import { pointerOf } from './pointer.js';

/** A decision timeout of a stage: after `delay` ms the plan chooses `option` for the owner. */
export interface TimeoutTimer {
  kind: 'timeout';
  delay: number;
  decision: string;
  /** The option `timeout.choose` names; undefined when it names none of the decision's options. */
  option?: string;
  /** Where the chosen option leads, when it has a `goto`. */
  goto?: string;
  /** The decision's own target (`within`), ms. */
  within?: number;
  /** Whether the decision has an option without `goto`: answering it keeps the stage (and later timers alive). */
  canStay: boolean;
  /** JSON pointer of `timeout.choose`. */
  pointer: string;
}

/** An `after` entry: after `delay` ms in the stage, move to `goto`. */
export interface AfterTimer {
  kind: 'after';
  delay: number;
  goto: string;
  /** JSON pointer of the entry's `goto`. */
  pointer: string;
}

/** One delayed thing of a stage. */
export type StageTimer = TimeoutTimer | AfterTimer;

/** Timers sharing one delay, in firing order. */
export interface TimerGroup {
  delay: number;
  timers: StageTimer[];
}

/** The timers of a stage grouped by delay, shortest first; unreadable durations are skipped. */
export function stageTimers(stageId: string, stage: Stage): TimerGroup[] {
  const groups = new Map<number, StageTimer[]>();
  const add = (timer: StageTimer) => {
    const group = groups.get(timer.delay);
    if (group) group.push(timer);
    else groups.set(timer.delay, [timer]);
  };
  const stagePointer = pointerOf('/stages', stageId);
  (stage.decisions ?? []).forEach((decision, index) => {
    const delay = decision.timeout ? parseDuration(decision.timeout.after) : undefined;
    if (!decision.timeout || delay === undefined) return;
    const option = decision.options.find((candidate) => candidate.id === decision.timeout!.choose);
    const within = decision.within === undefined ? undefined : parseDuration(decision.within);
    add({
      kind: 'timeout',
      delay,
      decision: decision.id,
      ...(option ? { option: option.id } : {}),
      ...(option?.goto !== undefined ? { goto: option.goto } : {}),
      ...(within !== undefined ? { within } : {}),
      canStay: decision.options.some((candidate) => candidate.goto === undefined),
      pointer: pointerOf(stagePointer, 'decisions', index, 'timeout', 'choose'),
    });
  });
  (stage.after ?? []).forEach((entry, index) => {
    const delay = parseDuration(entry.in);
    if (delay === undefined) return;
    add({
      kind: 'after',
      delay,
      goto: entry.goto,
      pointer: pointerOf(stagePointer, 'after', index, 'goto'),
    });
  });
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([delay, timers]) => ({ delay, timers }));
}

/**
 * The first timer that always ends the visit when its time comes: an `after`, or the timeout of a
 * decision that cannot be answered without leaving the stage (every option has a `goto`) and
 * whose chosen option leaves. Timers that fire after it never fire.
 */
export function firstBlocker(groups: readonly TimerGroup[]): StageTimer | undefined {
  for (const group of groups) {
    const blocker = group.timers.find(
      (timer) => timer.kind === 'after' || (timer.goto !== undefined && !timer.canStay),
    );
    if (blocker) return blocker;
  }
  return undefined;
}

/** Timers in firing order: by delay, then within a delay as stageTimers orders them. */
export function firingOrder(groups: readonly TimerGroup[]): StageTimer[] {
  return groups.flatMap((group) => group.timers);
}
