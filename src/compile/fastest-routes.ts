/** The fastest route to each final stage: Dijkstra's search on the route graph with edgeWeight. */
import { MinHeap } from './min-heap.js';
import { edgeWeight, type RouteGraph } from './route-edges.js';
import type { StageEdge } from '../model/stage-graph.js';

/** Final stage -> the edges of its fastest route (ties: fewer steps, then plan order). */
export function fastestRoutes(routes: RouteGraph): Map<string, StageEdge[]> {
  const best = new Map<string, { time: number; steps: number; via?: StageEdge }>();
  const done = new Set<string>();
  const queue = new MinHeap<{ stage: string; time: number; steps: number; order: number }>(
    (a, b) => a.time - b.time || a.steps - b.steps || a.order - b.order,
  );
  let order = 0;
  best.set(routes.initial, { time: 0, steps: 0 });
  queue.push({ stage: routes.initial, time: 0, steps: 0, order: order++ });
  while (queue.size > 0) {
    const { stage, time, steps } = queue.pop()!;
    if (done.has(stage)) continue;
    done.add(stage);
    if (routes.finals.has(stage)) continue;
    for (const edge of routes.next.get(stage) ?? []) {
      const candidate = { time: time + edgeWeight(edge), steps: steps + 1 };
      const known = best.get(edge.to);
      if (
        known &&
        (known.time < candidate.time ||
          (known.time === candidate.time && known.steps <= candidate.steps))
      ) {
        continue;
      }
      best.set(edge.to, { ...candidate, via: edge });
      queue.push({ stage: edge.to, ...candidate, order: order++ });
    }
  }
  const result = new Map<string, StageEdge[]>();
  for (const final of routes.finals) {
    if (!best.has(final)) continue;
    const edges: StageEdge[] = [];
    for (let via = best.get(final)!.via; via; via = best.get(via.from)!.via) edges.push(via);
    result.set(final, edges.reverse());
  }
  return result;
}
