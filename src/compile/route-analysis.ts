/**
 * `yuan paths`: the routes from the initial stage to each final stage, with the events and
 * decision options along them, their summed decision targets and delays, and the fastest route
 * to each final stage (fastest-routes.ts; edge weights in route-edges.ts).
 */
import type { Plan } from '../model/plan.js';
import { fastestRoutes } from './fastest-routes.js';
import { listRoutes } from './list-routes.js';
import { edgeWeight, routeGraph, type NeverReason } from './route-edges.js';
import { buildStageGraph, type StageEdge } from '../model/stage-graph.js';

/** One route: its stages, its steps and what it adds up to (milliseconds). */
export interface Route {
  final: string;
  /** The stages visited, from the initial stage to the final one. */
  stages: string[];
  steps: StageEdge[];
  /** Sum of the targets (`within`) of the decision options taken by people. */
  targets: number;
  /** Sum of the `after` delays and decision timeouts along the route. */
  delays: number;
  /** targets + delays: the route's length for the fastest-route search. */
  time: number;
}

/** What the analysis says about one final stage. */
export interface FinalStageRoutes {
  final: string;
  title: string;
  /** Number of simple routes to it, in decimal (a lower bound when `exact` is false). */
  count: string;
  /** The fastest route, when the final stage can be reached at all. */
  fastest?: Route;
}

/** The whole analysis. */
export interface RouteAnalysis {
  plan: string;
  title: string;
  initial: string;
  finals: FinalStageRoutes[];
  /** The first `limit` routes, in depth-first plan order. */
  routes: Route[];
  limit: number;
  /** Number of routes in all, in decimal: it can exceed what a JSON number holds exactly. */
  total: string;
  /** False when the counts are lower bounds (too many routes to count: see list-routes.ts). */
  exact: boolean;
  /** Routes counted but not listed, in decimal. */
  leftOut: string;
  /** Transitions no route can take, and why. */
  never: { edge: StageEdge; reason: NeverReason }[];
}

/** Analyses the routes of a valid plan; undefined when it does not have exactly one initial stage. */
export function analyseRoutes(plan: Plan, limit = 50): RouteAnalysis | undefined {
  const graph = routeGraph(buildStageGraph(plan));
  if (!graph) return undefined;
  const listing = listRoutes(graph, limit);
  const fastest = fastestRoutes(graph);
  const finals = [...graph.finals].map((final): FinalStageRoutes => {
    const edges = fastest.get(final);
    return {
      final,
      title: plan.stages[final]!.title,
      count: String(listing.counts.get(final) ?? 0n),
      ...(edges ? { fastest: routeOf(graph.initial, edges) } : {}),
    };
  });
  return {
    plan: plan.id,
    title: plan.title,
    initial: graph.initial,
    finals,
    routes: listing.routes.map((edges) => routeOf(graph.initial, edges)),
    limit,
    total: String(listing.total),
    exact: listing.exact,
    leftOut: String(listing.total - BigInt(listing.routes.length)),
    never: graph.never,
  };
}

/** A route from its edges. */
export function routeOf(initial: string, steps: StageEdge[]): Route {
  let targets = 0;
  let delays = 0;
  for (const step of steps) {
    if (step.kind === 'option') targets += edgeWeight(step);
    else delays += edgeWeight(step);
  }
  return {
    final: steps.at(-1)?.to ?? initial,
    stages: [initial, ...steps.map((step) => step.to)],
    steps,
    targets,
    delays,
    time: targets + delays,
  };
}
