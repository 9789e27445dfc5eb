/**
 * The readiness report of one plan as data: what every format (text, md, html, json) shows.
 * Every figure comes from src/readiness, the code the readiness/*, authority/* and lifecycle/*
 * rules use, and the gaps are those rules' own findings, so the report and `yuan validate` agree.
 */
import type { Phase, Role } from '../../model/plan.js';
import type { Severity } from '../../model/finding.js';
import type { BasisKind, CycleStatus, DemandUnknown } from '../../readiness/index.js';

/** The readiness of a plan on a given day. */
export interface ReadinessReport {
  plan: PlanSummary;
  /** The day the cycles are measured against (YYYY-MM-DD). */
  today: string;
  resources: ResourceReadiness[];
  people: PeopleReadiness;
  coverage: CoverageReadiness;
  lifecycle: LifecycleReadiness;
  /** The plan's findings, most important first. */
  gaps: Gap[];
}

/** Who and what the plan is for. */
export interface PlanSummary {
  id: string;
  title: string;
  /** The plan file as the user named it. */
  file: string;
  type?: string;
  hazard?: { category: string; type?: string };
  scope: { name?: string; population?: number; households?: number; sites: Record<string, number> };
}

/** One line of a resource's arithmetic: a demand entry (its daily parts merged) or a task's use. */
export interface DemandLineReadiness {
  rate: number;
  /** The basis as written (`resident`, a site, a role), or the task id for a task's use. */
  per: string;
  basis?: BasisKind;
  count?: number;
  daily: boolean;
  /** Expected days summed over the stages (daily demands). */
  days?: number;
  stages: string[];
  amount: number;
  /** False when a count or a stage duration is missing, so `amount` is a lower bound. */
  complete: boolean;
}

/** Use per day in one stage, and how long the stock lasts at that rate. */
export interface DailyUse {
  stage: string;
  perDay: number;
  days?: number;
  coverDays: number;
}

/** One resource: need against stock. */
export interface ResourceReadiness {
  id: string;
  title: string;
  unit?: string;
  stock: number;
  need: number;
  gap: number;
  lines: DemandLineReadiness[];
  unknowns: DemandUnknown[];
  daily: DailyUse[];
  /** Days the stock lasts at the busiest stage's daily use (one-off needs set aside). */
  coverDays?: number;
  peakPerDay?: number;
}

/** A decision as its owner sees it. */
export interface OwnedDecision {
  id: string;
  title: string;
  stage: string;
  within?: string;
  urgent: boolean;
  authorised: boolean;
}

/** One role: its people, its stand-in, what it decides and what it must refer upwards. */
export interface RoleReadiness {
  id: string;
  title: string;
  function: Role['function'];
  count: number;
  deputy?: string;
  authority: string[] | 'all';
  contact?: string;
  owns: OwnedDecision[];
  maxOpenAtOnce: number;
  busiestStage?: string;
  /** Decisions it owns without the authority to take them. */
  mustEscalate: string[];
  singlePerson: boolean;
  /** One person without a deputy who owns a decision due within 2 hours. */
  singlePointOfFailure: boolean;
}

/** The people section. */
export interface PeopleReadiness {
  roles: RoleReadiness[];
  singlePointsOfFailure: string[];
}

/** How a warning or response stage meets the 2-hour report limit. */
export interface ReportStatus {
  stage: string;
  phase: Phase;
  status: 'ok' | 'late' | 'missing';
  task?: string;
  within?: string;
}

/** The coverage section. */
export interface CoverageReadiness {
  publicHealth: boolean;
  phases: { phase: Phase; stages: string[] }[];
  missingPhases: Phase[];
  levels: { defined: string[]; used: string[]; unused: string[] };
  /** Response stages without a task of kind inform. */
  stagesWithoutInform: string[];
  reports: ReportStatus[];
  medicalRoles: string[];
}

/** A scenario that drills the plan: inline, or a file beside it that names it. */
export interface ScenarioEntry {
  id: string;
  title: string;
  /** The scenario file, when it is not inline. */
  file?: string;
}

/** The lifecycle section. */
export interface LifecycleReadiness {
  review: CycleStatus;
  drill: CycleStatus;
  scenarios: ScenarioEntry[];
}

/** Which section a gap belongs to. */
export type GapArea = 'coverage' | 'people' | 'resources' | 'lifecycle' | 'other';

/** One finding of the plan, placed. */
export interface Gap {
  ruleId: string;
  severity: Severity;
  area: GapArea;
  /** What is wrong and what to change (the rule's message). */
  message: string;
  line: number;
  column: number;
  pointer: string;
}
