/**
 * The parts of a plan as flat lists with their JSON pointers, so every rule and every readiness
 * computation walks stages, tasks and decisions the same way. Moves between stages are the stage
 * graph's business (stage-graph.ts): there is one graph in the project.
 *
 * Maps keyed by id are plain objects: a plan may legally name a stage `constructor`, so every
 * lookup goes through `own` instead of `map[key]`, which would find Object.prototype members.
 */
import { pointerOf } from './pointer.js';
import type { Condition, Decision, Plan, Stage, Task } from './plan.js';

/** The value of `map[key]` when the map itself holds the key (never an inherited member). */
export function own<T>(map: Record<string, T> | undefined, key: string): T | undefined {
  return map !== undefined && Object.hasOwn(map, key) ? map[key] : undefined;
}

/** The keys of an optional map, in document order. */
export function keysOf(map: Record<string, unknown> | undefined): string[] {
  return map === undefined ? [] : Object.keys(map);
}

/** A stage with its id and pointer. */
export interface StageEntry {
  id: string;
  stage: Stage;
  pointer: string;
}

/** Every stage, in document order. */
export function stageEntries(plan: Plan): StageEntry[] {
  return Object.entries(plan.stages ?? {}).map(([id, stage]) => ({
    id,
    stage,
    pointer: pointerOf('/stages', id),
  }));
}

/** A task with the stage it belongs to. */
export interface TaskEntry {
  stageId: string;
  stage: Stage;
  task: Task;
  index: number;
  pointer: string;
}

/** Every task of every stage, in document order. */
export function taskEntries(plan: Plan): TaskEntry[] {
  return stageEntries(plan).flatMap(({ id, stage, pointer }) =>
    (stage.tasks ?? []).map((task, index) => ({
      stageId: id,
      stage,
      task,
      index,
      pointer: pointerOf(pointer, 'tasks', index),
    })),
  );
}

/** A decision with the stage it belongs to. */
export interface DecisionEntry {
  stageId: string;
  stage: Stage;
  decision: Decision;
  index: number;
  pointer: string;
}

/** Every decision of every stage, in document order. */
export function decisionEntries(plan: Plan): DecisionEntry[] {
  return stageEntries(plan).flatMap(({ id, stage, pointer }) =>
    (stage.decisions ?? []).map((decision, index) => ({
      stageId: id,
      stage,
      decision,
      index,
      pointer: pointerOf(pointer, 'decisions', index),
    })),
  );
}

/** A comparison inside a condition: the variable it reads, with pointers. */
export interface VariableRead {
  variable: string;
  /** Pointer of the `var` value. */
  pointer: string;
}

/** Every `var` a condition reads, however deeply nested in all/any/not. */
export function variableReads(condition: Condition, pointer: string): VariableRead[] {
  const reads: VariableRead[] = [];
  // An explicit stack: the loader caps nesting, but a rule never recurses on user data.
  // Children are pushed last-first so they pop in document order.
  const stack: { condition: Condition; pointer: string }[] = [{ condition, pointer }];
  const pushAll = (list: Condition[], at: string, key: string) => {
    for (let i = list.length - 1; i >= 0; i--)
      stack.push({ condition: list[i]!, pointer: pointerOf(at, key, i) });
  };
  while (stack.length > 0) {
    const { condition: current, pointer: at } = stack.pop()!;
    if ('all' in current) pushAll(current.all, at, 'all');
    else if ('any' in current) pushAll(current.any, at, 'any');
    else if ('not' in current)
      stack.push({ condition: current.not, pointer: pointerOf(at, 'not') });
    else reads.push({ variable: current.var, pointer: pointerOf(at, 'var') });
  }
  return reads;
}
