/** Types of a plan document (plan-format.md, "Plan" and "Stages"). They mirror the JSON Schema. */
import type { Scenario } from './scenario.js';

/** The four phases of the process-purpose model. */
export const PHASES = ['preparation', 'warning', 'response', 'recovery'] as const;
/** One phase: 应急准备, 预警, 应急处置 or 应急恢复. */
export type Phase = (typeof PHASES)[number];

/** A value a variable can hold. */
import type { Scalar } from './scalar.js';

export type { Scalar };

/** A declarative condition: data, never code. */
export type Condition =
  | ({ var: string } & Partial<Record<ComparisonOperator, Scalar>>)
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** The comparison operators a `when` condition may use. */
export const COMPARISON_OPERATORS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'] as const;
/** One comparison operator. */
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

/** A guarded move to another stage. */
export interface GuardedTarget {
  goto: string;
  when?: Condition;
}

/** What an event does in a stage: a stage id, a guarded target, or guarded targets tried in order. */
export type Transition = string | GuardedTarget | GuardedTarget[];

/** A task of a stage. */
export interface Task {
  id: string;
  title: string;
  owner?: string;
  kind?: TaskKind;
  within?: string;
  uses?: Record<string, number>;
  description?: string;
}

/** What kind of work a task is. */
export type TaskKind =
  | 'inform'
  | 'report'
  | 'screen'
  | 'protect'
  | 'supply'
  | 'medical'
  | 'logistics'
  | 'coordinate'
  | 'other';

/** One answer a decision offers. */
export interface DecisionOption {
  id: string;
  title: string;
  goto?: string;
  set?: Record<string, Scalar>;
  description?: string;
}

/** A decision that opens when its stage is entered. */
export interface Decision {
  id: string;
  title: string;
  owner: string;
  within?: string;
  options: DecisionOption[];
  timeout?: { after: string; choose: string };
  description?: string;
}

/** A stage (state) of the plan. */
export interface Stage {
  title: string;
  phase: Phase;
  initial?: boolean;
  final?: boolean;
  warning?: 'red' | 'orange' | 'yellow' | 'blue';
  level?: string;
  expect_duration?: string;
  tasks?: Task[];
  decisions?: Decision[];
  on?: Record<string, Transition>;
  after?: { in: string; goto: string }[];
  description?: string;
}

/** A role of the response organisation. */
export interface Role {
  title: string;
  function:
    'command' | 'medical' | 'logistics' | 'communications' | 'security' | 'volunteer' | 'other';
  count?: number;
  deputy?: string;
  authority?: string[] | 'all';
  contact?: string;
  description?: string;
}

/** A demand for a resource: `rate` units per `per`, once or daily, during some stages or phases. */
export interface Demand {
  rate: number;
  per: string;
  daily?: boolean;
  during: string[];
}

/** A stock of material the plan relies on. */
export interface Resource {
  title: string;
  unit?: string;
  stock: number;
  demand?: Demand[];
  description?: string;
}

/** A review or drill record with its cycle. */
export interface Cycle {
  last?: string;
  every_months: number;
}

/** A plan document (预案). */
export interface Plan {
  yuan: 1;
  kind: 'plan';
  id: string;
  title: string;
  version?: string;
  type?: 'comprehensive' | 'special' | 'department' | 'unit' | 'community' | 'on-site';
  hazard?: { category: 'natural' | 'accident' | 'public-health' | 'social-safety'; type?: string };
  scope?: {
    name?: string;
    population?: number;
    households?: number;
    sites?: Record<string, number>;
  };
  review?: Cycle;
  drill?: Cycle;
  levels?: Record<string, { title: string; description?: string }>;
  variables?: Record<string, { title?: string; initial: Scalar; description?: string }>;
  roles?: Record<string, Role>;
  resources?: Record<string, Resource>;
  stages: Record<string, Stage>;
  scenarios?: Scenario[];
  description?: string;
}
