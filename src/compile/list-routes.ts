/**
 * Simple routes from the initial stage to the final stages: the first `limit` in depth-first
 * plan order, and how many there are in all. When the route graph has no cycle every route is
 * simple and the count comes from dynamic programming over a topological order, without listing
 * a single route; counts saturate at 10^30 (beyond that the figure means nothing to a reader, and
 * exact big numbers would make the work grow with their length). With cycles, the search goes on
 * counting (not keeping) routes up to a budget of steps. Past the budget or the cap, the count is
 * a lower bound.
 */
import type { RouteGraph } from './route-edges.js';
import type { StageEdge } from '../model/stage-graph.js';

/** The listed routes and the counts, per final stage and in all. */
export interface RouteListing {
  /** The first routes found, at most `limit`; each is its list of edges. */
  routes: StageEdge[][];
  /** Final stage -> number of simple routes to it (bigint: a plan can have more than 2^53). */
  counts: Map<string, bigint>;
  total: bigint;
  /** False when the counts are lower bounds (the search budget of a plan with cycles was spent). */
  exact: boolean;
}

/** The largest count kept exactly. */
export const ROUTE_COUNT_CAP = 10n ** 30n;

/** Lists up to `limit` routes and counts them all (see the file header). */
export function listRoutes(routes: RouteGraph, limit: number, budget = 2_000_000): RouteListing {
  const acyclic = countAcyclic(routes);
  const counts = acyclic?.counts ?? new Map<string, bigint>();
  const found: StageEdge[][] = [];
  const search = walk(routes, budget, (path) => {
    if (found.length < limit) found.push([...path]);
    if (!acyclic) {
      const final = path.length > 0 ? path.at(-1)!.to : routes.initial;
      counts.set(final, (counts.get(final) ?? 0n) + 1n);
    }
    // With exact counts from the DAG, stop as soon as the listing is full.
    return acyclic === undefined || found.length < limit;
  });
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0n);
  const exact = acyclic ? !acyclic.saturated : search.complete;
  return { routes: found, counts, total, exact };
}

/** Depth-first search over simple routes, without recursion (plans may have 10,000 stages). */
function walk(
  routes: RouteGraph,
  budget: number,
  onRoute: (path: readonly StageEdge[]) => boolean,
): { complete: boolean } {
  if (routes.finals.has(routes.initial)) {
    onRoute([]);
    return { complete: true };
  }
  const path: StageEdge[] = [];
  // Stages by number, and a flag array for "on the path": a Set that grows and shrinks by one
  // at its end rehashes often once it holds thousands of stages.
  const number = new Map([...routes.next.keys()].map((stage, index) => [stage, index]));
  const onPath = new Uint8Array(number.size);
  const at = (stage: string) => number.get(stage) ?? -1;
  onPath[at(routes.initial)] = 1;
  const frames = [{ edges: routes.next.get(routes.initial) ?? [], index: 0 }];
  let steps = 0;
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    if (frame.index >= frame.edges.length) {
      frames.pop();
      const left = path.pop();
      if (left) onPath[at(left.to)] = 0;
      continue;
    }
    if (++steps > budget) return { complete: false };
    const edge = frame.edges[frame.index++]!;
    if (onPath[at(edge.to)] === 1) continue;
    if (routes.finals.has(edge.to)) {
      path.push(edge);
      const more = onRoute(path);
      path.pop();
      if (!more) return { complete: false };
      continue;
    }
    path.push(edge);
    onPath[at(edge.to)] = 1;
    frames.push({ edges: routes.next.get(edge.to) ?? [], index: 0 });
  }
  return { complete: true };
}

/** Route counts by dynamic programming when the route graph is acyclic; undefined when it is not. */
function countAcyclic(
  routes: RouteGraph,
): { counts: Map<string, bigint>; saturated: boolean } | undefined {
  const indegree = new Map<string, number>();
  for (const [stage, edges] of routes.next) {
    indegree.set(stage, indegree.get(stage) ?? 0);
    for (const edge of edges) indegree.set(edge.to, (indegree.get(edge.to) ?? 0) + 1);
  }
  const order: string[] = [...indegree].filter(([, degree]) => degree === 0).map(([id]) => id);
  for (let head = 0; head < order.length; head++) {
    for (const edge of routes.next.get(order[head]!) ?? []) {
      const degree = indegree.get(edge.to)! - 1;
      indegree.set(edge.to, degree);
      if (degree === 0) order.push(edge.to);
    }
  }
  if (order.length < indegree.size) return undefined;
  const ways = new Map<string, bigint>([[routes.initial, 1n]]);
  let saturated = false;
  for (const stage of order) {
    const here = ways.get(stage) ?? 0n;
    if (here === 0n || routes.finals.has(stage)) continue;
    for (const edge of routes.next.get(stage) ?? []) {
      let sum = (ways.get(edge.to) ?? 0n) + here;
      if (sum > ROUTE_COUNT_CAP) {
        sum = ROUTE_COUNT_CAP;
        saturated = true;
      }
      ways.set(edge.to, sum);
    }
  }
  const counts = new Map<string, bigint>();
  for (const final of routes.finals) {
    const count = ways.get(final) ?? 0n;
    if (count > 0n) counts.set(final, count);
  }
  return { counts, saturated };
}
