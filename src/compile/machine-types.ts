/**
 * The compiled machine as plain JSON (plan-format.md, "The compiled machine"): what
 * `yuan compile --format xstate` prints and what `createPlanMachine` hands to XState.
 * All durations are milliseconds.
 */
import type { Condition, Phase, Scalar, TaskKind } from '../model/plan.js';

/** A named guard or action with its parameters, as XState's JSON config writes them. */
export interface NamedRef<Type extends string, Params> {
  type: Type;
  params: Params;
}

/** The guards the config names. */
export type GuardRef = NamedRef<'when', Condition> | NamedRef<'open', { decisions: string[] }>;

/** One decision closed by its timeout: the option chosen and the variables that option sets. */
export interface TimedOutChoice {
  decision: string;
  option: string;
  set?: Record<string, Scalar>;
}

/** The actions the config names. */
export type ActionRef =
  | NamedRef<'set', Record<string, Scalar>>
  | NamedRef<'answer', { decision: string; option: string }>
  | NamedRef<'timeout', { decisions: TimedOutChoice[] }>
  | { type: 'openDecisions' }
  | { type: 'setVariables' };

/** One candidate transition. Without `target` the machine stays in its stage. */
export interface TransitionConfig {
  target?: string;
  /** Set on transitions back to their own stage: the stage is entered again (decisions reopen, timers restart). */
  reenter?: true;
  guard?: GuardRef;
  actions?: ActionRef[];
}

/** A task as `meta` shows it. */
export interface TaskMeta {
  id: string;
  title: string;
  owner?: string;
  kind?: TaskKind;
  /** Due this long after the stage is entered. */
  within?: number;
  uses?: Record<string, number>;
  description?: string;
}

/** A decision as `meta` shows it. */
export interface DecisionMeta {
  id: string;
  title: string;
  owner: string;
  /** The plan's target for deciding. */
  within?: number;
  options: { id: string; title: string; goto?: string; set?: Record<string, Scalar> }[];
  timeout?: { after: number; choose: string };
  description?: string;
}

/** A delayed transition of a stage, so a driver can tell when the next one is due. */
export interface TimerMeta {
  kind: 'timeout' | 'after';
  /** Time in the stage after which it fires. */
  delay: number;
  decision?: string;
  option?: string;
  goto?: string;
}

/** What a state's `meta` holds about its stage. */
export interface StageMeta {
  title: string;
  phase: Phase;
  level?: string;
  levelTitle?: string;
  warning?: 'red' | 'orange' | 'yellow' | 'blue';
  expectDuration?: number;
  description?: string;
  tasks: TaskMeta[];
  decisions: DecisionMeta[];
  /** Timers in firing order (see stage-timers.ts); a timeout fires only while its decision is open. */
  timers: TimerMeta[];
}

/** One state of the machine: one stage of the plan. */
export interface StateConfig {
  type?: 'final';
  description: string;
  meta: StageMeta;
  entry?: ActionRef[];
  on?: Record<string, TransitionConfig[]>;
  /** Delayed transitions keyed by milliseconds. */
  after?: Record<string, TransitionConfig[]>;
}

/** How a decision was closed in the current visit of its stage. */
export interface ClosedDecision {
  option: string;
  by: 'answer' | 'timeout';
}

/** The machine's context: the plan's variables, plus the decisions closed in this visit of the stage. */
export interface PlanContext {
  $decisions: Record<string, ClosedDecision>;
  [variable: string]: Scalar | Record<string, ClosedDecision>;
}

/** The whole machine config. */
export interface PlanMachineConfig {
  id: string;
  initial: string;
  context: PlanContext;
  meta: { title: string; version?: string };
  on: Record<string, TransitionConfig[]>;
  states: Record<string, StateConfig>;
}
