/**
 * `yuan paths --format json`: the route analysis for programs. Durations are milliseconds;
 * `exact: false` means the counts are lower bounds. Each step carries its localized `label`.
 */
import type { Translate } from '../../i18n/index.js';
import { edgeLabel } from '../../compile/edge-label.js';
import type { Route, RouteAnalysis } from '../../compile/route-analysis.js';
import type { StageEdge } from '../../model/stage-graph.js';

/** The analysis as pretty-printed JSON. */
export function formatPathsJson(analysis: RouteAnalysis, t: Translate): string {
  const step = (edge: StageEdge) => ({
    from: edge.from,
    to: edge.to,
    kind: edge.kind,
    ...(edge.event !== undefined ? { event: edge.event } : {}),
    ...(edge.when !== undefined ? { when: edge.when } : {}),
    ...(edge.unless !== undefined ? { unless: edge.unless } : {}),
    ...(edge.decision !== undefined ? { decision: edge.decision, option: edge.option } : {}),
    ...(edge.within !== undefined ? { within: edge.within } : {}),
    ...(edge.delay !== undefined ? { delay: edge.delay } : {}),
    label: edgeLabel(edge, t),
  });
  const route = (route: Route) => ({ ...route, steps: route.steps.map(step) });
  const output = {
    plan: analysis.plan,
    title: analysis.title,
    initial: analysis.initial,
    limit: analysis.limit,
    total: analysis.total,
    exact: analysis.exact,
    leftOut: analysis.leftOut,
    finals: analysis.finals.map((final) => ({
      ...final,
      ...(final.fastest ? { fastest: route(final.fastest) } : {}),
    })),
    routes: analysis.routes.map(route),
    never: analysis.never.map(({ edge, reason }) => ({ ...step(edge), reason })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
