/**
 * The edges a route can take: not a timer that an earlier `after` always beats, not a guarded
 * transition whose condition can never hold (given the entries listed before it), and never out
 * of a final stage (the machine stops there). Also the documented edge weight of the analysis.
 */
import { reaching, reachableFrom } from '../model/graph-search.js';
import { satisfyConditions } from './satisfy-conditions.js';
import type { StageEdge, StageGraph } from '../model/stage-graph.js';

/** Why an edge is left out of the routes. */
export type NeverReason = 'shadowed' | 'unsatisfiable';

/** The part of the stage graph that routes use. */
export interface RouteGraph {
  graph: StageGraph;
  initial: string;
  finals: ReadonlySet<string>;
  /** Usable edges out of each stage that lead towards a final stage, in plan order. */
  next: ReadonlyMap<string, readonly StageEdge[]>;
  /** Edges no route can take, with the reason. */
  never: { edge: StageEdge; reason: NeverReason }[];
}

/**
 * The weight of an edge for the fastest route: the time it takes by the plan's own figures.
 * An event takes 0 (it comes when it comes); a decision option takes the decision's target
 * (`within`, 0 when the plan gives none); an `after` or a timeout takes its delay.
 */
export function edgeWeight(edge: StageEdge): number {
  switch (edge.kind) {
    case 'event':
      return 0;
    case 'option':
      return edge.within ?? 0;
    case 'after':
    case 'timeout':
      return edge.delay ?? 0;
  }
}

/** Whether an edge's guard can hold: its `when`, with the conditions listed before it false. */
export function guardStatus(edge: StageEdge) {
  if (!edge.when && !edge.unless) return 'satisfiable' as const;
  return satisfyConditions(edge.when ? [edge.when] : [], edge.unless ?? []).status;
}

/** The route graph of a plan with exactly one initial stage (undefined otherwise). */
export function routeGraph(graph: StageGraph): RouteGraph | undefined {
  if (graph.initial.length !== 1) return undefined;
  const finals = new Set(graph.finals);
  const never: RouteGraph['never'] = [];
  const usable = new Set<StageEdge>();
  for (const edge of graph.edges) {
    if (finals.has(edge.from)) continue;
    if (edge.shadowed) never.push({ edge, reason: 'shadowed' });
    else if (guardStatus(edge) === 'unsatisfiable') never.push({ edge, reason: 'unsatisfiable' });
    else usable.add(edge);
  }
  const follow = (edge: StageEdge) => usable.has(edge);
  const initial = graph.initial[0]!;
  const reached = reachableFrom(graph, [initial], follow);
  const towardsEnd = reaching(graph, finals, follow);
  const next = new Map<string, StageEdge[]>();
  for (const stage of graph.stages) {
    if (!reached.has(stage)) continue;
    next.set(
      stage,
      (graph.outgoing.get(stage) ?? []).filter((edge) => follow(edge) && towardsEnd.has(edge.to)),
    );
  }
  return { graph, initial, finals, next, never };
}
