/** Reachability on the stage graph: forward from a start, backward from targets, and dead ends. */
import type { StageEdge, StageGraph } from './stage-graph.js';

/** Which edges a search may follow (default: all). */
export type EdgeFilter = (edge: StageEdge) => boolean;

/** Every stage reachable from `starts` (the starts included), by breadth-first search. */
export function reachableFrom(
  graph: StageGraph,
  starts: Iterable<string>,
  follow: EdgeFilter = () => true,
): Set<string> {
  return sweep(starts, (stage) =>
    (graph.outgoing.get(stage) ?? []).filter(follow).map((edge) => edge.to),
  );
}

/** Every stage from which one of `targets` is reachable (the targets included). */
export function reaching(
  graph: StageGraph,
  targets: Iterable<string>,
  follow: EdgeFilter = () => true,
): Set<string> {
  return sweep(targets, (stage) =>
    (graph.incoming.get(stage) ?? []).filter(follow).map((edge) => edge.from),
  );
}

/** Whether a stage has a way to another stage (a dangling `goto` counts: the author wrote one). */
export function hasWayOut(graph: StageGraph, stage: string): boolean {
  const leaves = (edge: StageEdge) => edge.from === stage && edge.to !== stage;
  return (graph.outgoing.get(stage) ?? []).some(leaves) || graph.dangling.some(leaves);
}

/** Non-final stages without a way out, in plan order. */
export function deadEnds(graph: StageGraph): string[] {
  const finals = new Set(graph.finals);
  return graph.stages.filter((stage) => !finals.has(stage) && !hasWayOut(graph, stage));
}

function sweep(starts: Iterable<string>, next: (stage: string) => string[]): Set<string> {
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const start of starts) {
    if (!seen.has(start)) {
      seen.add(start);
      queue.push(start);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    for (const stage of next(queue[head]!)) {
      if (!seen.has(stage)) {
        seen.add(stage);
        queue.push(stage);
      }
    }
  }
  return seen;
}
