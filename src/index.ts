/**
 * The library API of yuan (architecture.md): load and check a plan, compile it into an XState v5
 * machine, and analyse its stage graph.
 *
 * ```ts
 * import { createActor, SimulatedClock } from 'xstate';
 * import { loadPlanMachine } from 'yuan';
 *
 * const { machine, findings } = await loadPlanMachine('plans/x-community-epidemic.yaml');
 * if (!machine) throw new Error(findings.map((f) => f.message).join('\n'));
 * const clock = new SimulatedClock();
 * const actor = createActor(machine, { clock }).start();
 * actor.send({ type: 'regional-level-1' });
 * ```
 */
export type * from './model/index.js';
export {
  PHASES,
  COMPARISON_OPERATORS,
  DURATION_PATTERN,
  parseDuration,
  durationMs,
  formatDuration,
  sortFindings,
} from './model/index.js';
export type { Lang, Translate } from './i18n/index.js';
export { translator } from './i18n/index.js';
export type { LoadedDocument } from './load/index.js';
export { loadPlan, parsePlan, type LoadPlanOptions, type PlanLoad } from './load-plan.js';
export { loadPlanMachine, parsePlanMachine, type PlanMachineLoad } from './load-plan-machine.js';
export { compilePlan, SET_VARIABLES_EVENT } from './compile/compile-plan.js';
export {
  createPlanMachine,
  machineFromConfig,
  type PlanMachine,
} from './compile/create-plan-machine.js';
export {
  planSetup,
  planImplementations,
  type PlanEvent,
  type TimeoutEmitted,
} from './compile/plan-implementations.js';
export type * from './compile/machine-types.js';
export { evaluateCondition } from './compile/evaluate-condition.js';
export {
  buildStageGraph,
  type StageGraph,
  type StageEdge,
  type EdgeKind,
} from './model/stage-graph.js';
export { reachableFrom, reaching, deadEnds } from './model/graph-search.js';
export {
  analyseRoutes,
  routeOf,
  type Route,
  type RouteAnalysis,
  type FinalStageRoutes,
} from './compile/route-analysis.js';
export { edgeWeight } from './compile/route-edges.js';
export { formatXstate } from './report/diagrams/xstate.js';
export { formatMermaid } from './report/diagrams/mermaid.js';
export { formatDot } from './report/diagrams/dot.js';
export { formatSvg, renderDot } from './report/diagrams/svg.js';
