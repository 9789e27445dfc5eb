/**
 * The stage graph: stages as nodes, every way of moving between them as a labelled edge.
 *
 * This is the one graph of the project: the `graph/*` rules, the scenario rules, the route
 * analysis and the diagrams all read it. It is built tolerantly from any schema-valid plan:
 * a `goto` that names no stage becomes a *dangling* edge (reported by `ref/stage`, kept out of
 * the adjacency lists), and a timeout whose `choose` names no option gives no edge.
 */
import { pointerOf } from './pointer.js';
import { parseDuration } from './duration.js';
import type { Condition, GuardedTarget, Plan, Stage } from './plan.js';
import { firingOrder, firstBlocker, stageTimers, type StageTimer } from './stage-timers.js';

/** How an edge is taken: a plan event, a decision option, an `after` delay or a decision timeout. */
export type EdgeKind = 'event' | 'option' | 'after' | 'timeout';

/** One way from a stage to a stage. Durations are milliseconds. */
export interface StageEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** The XState event type: the plan event (`event`) or `decision.option` (`option`, `timeout`). */
  event?: string;
  /** The condition that must hold (`event` edges with `when`). */
  when?: Condition;
  /** Conditions of the entries listed before this one for the same event: all must be false. */
  unless?: Condition[];
  decision?: string;
  option?: string;
  /** The decision's target (`within`) for `option` and `timeout` edges. */
  within?: number;
  /** How long the stage must have lasted (`after`, `timeout`). */
  delay?: number;
  /** True for a timer that never fires because an earlier timer of its stage always leaves first. */
  shadowed?: boolean;
  /** JSON pointer of the `goto` (or `timeout.choose`) that makes this edge. */
  pointer: string;
}

/** The stage graph of a plan. Lists keep the plan's order, so every output is stable. */
export interface StageGraph {
  /** Stage ids in plan order. */
  stages: string[];
  /** Stages marked `initial: true` (a valid plan has exactly one). */
  initial: string[];
  /** Stages marked `final: true`. */
  finals: string[];
  /** Edges whose target is a stage, in plan order. */
  edges: StageEdge[];
  /** Edges whose target names no stage. */
  dangling: StageEdge[];
  outgoing: ReadonlyMap<string, readonly StageEdge[]>;
  incoming: ReadonlyMap<string, readonly StageEdge[]>;
}

/** Builds the stage graph of a (schema-valid) plan. */
export function buildStageGraph(plan: Plan): StageGraph {
  const entries = Object.entries(plan.stages ?? {});
  const stages = entries.map(([id]) => id);
  const known = new Set(stages);
  const outgoing = new Map<string, StageEdge[]>(stages.map((id) => [id, []]));
  const incoming = new Map<string, StageEdge[]>(stages.map((id) => [id, []]));
  const edges: StageEdge[] = [];
  const dangling: StageEdge[] = [];
  for (const [id, stage] of entries) {
    for (const edge of stageEdges(id, stage)) {
      if (!known.has(edge.to)) {
        dangling.push(edge);
        continue;
      }
      edges.push(edge);
      outgoing.get(id)!.push(edge);
      incoming.get(edge.to)!.push(edge);
    }
  }
  return {
    stages,
    initial: entries.filter(([, stage]) => stage.initial === true).map(([id]) => id),
    finals: entries.filter(([, stage]) => stage.final === true).map(([id]) => id),
    edges,
    dangling,
    outgoing,
    incoming,
  };
}

/** The edges leaving one stage: events, then decision options, then timers by delay. */
export function stageEdges(id: string, stage: Stage): StageEdge[] {
  const at = pointerOf('/stages', id);
  const edges: StageEdge[] = [];
  for (const [event, transition] of Object.entries(stage.on ?? {})) {
    const on = pointerOf(at, 'on', event);
    if (typeof transition === 'string') {
      edges.push({ from: id, to: transition, kind: 'event', event, pointer: on });
      continue;
    }
    const list: GuardedTarget[] = Array.isArray(transition) ? transition : [transition];
    const earlier: Condition[] = [];
    list.forEach((entry, index) => {
      const pointer = Array.isArray(transition)
        ? pointerOf(on, index, 'goto')
        : pointerOf(on, 'goto');
      edges.push({
        from: id,
        to: entry.goto,
        kind: 'event',
        event,
        ...(entry.when ? { when: entry.when } : {}),
        ...(earlier.length > 0 ? { unless: [...earlier] } : {}),
        pointer,
      });
      // An entry without `when` always wins, so the entries after it are never taken.
      if (entry.when) earlier.push(entry.when);
    });
  }
  (stage.decisions ?? []).forEach((decision, d) => {
    const within = decision.within === undefined ? undefined : parseDuration(decision.within);
    decision.options.forEach((option, o) => {
      if (option.goto === undefined) return;
      edges.push({
        from: id,
        to: option.goto,
        kind: 'option',
        event: `${decision.id}.${option.id}`,
        decision: decision.id,
        option: option.id,
        ...(within !== undefined ? { within } : {}),
        pointer: pointerOf(at, 'decisions', d, 'options', o, 'goto'),
      });
    });
  });
  const groups = stageTimers(id, stage);
  const order = firingOrder(groups);
  const blocker = firstBlocker(groups);
  const blockedAfter = blocker ? order.indexOf(blocker) : order.length;
  order.forEach((timer, position) => {
    const edge = timerEdge(id, timer);
    if (!edge) return;
    if (position > blockedAfter) edge.shadowed = true;
    edges.push(edge);
  });
  return edges;
}

function timerEdge(from: string, timer: StageTimer): StageEdge | undefined {
  if (timer.kind === 'after') {
    const { delay, goto: to, pointer } = timer;
    return { from, to, kind: 'after', delay, pointer };
  }
  if (timer.goto === undefined) return undefined;
  return {
    from,
    to: timer.goto,
    kind: 'timeout',
    event: `${timer.decision}.${timer.option}`,
    decision: timer.decision,
    option: timer.option!,
    ...(timer.within !== undefined ? { within: timer.within } : {}),
    delay: timer.delay,
    pointer: timer.pointer,
  };
}
