/**
 * Drill events (the journal's lines) and drill scores (the JSON report's contract), after
 * drill-and-scoring.md. Every time is milliseconds of scenario time since the drill's start.
 */
import type { Phase, Scalar } from './plan.js';

/** The format version written in every journal's start event. */
export const DRILL_JOURNAL_VERSION = 1;

/** The first event of every drill: what was drilled, by whom, with which tool. */
export interface DrillStartEvent {
  type: 'start';
  at: number;
  /** Journal format version ({@link DRILL_JOURNAL_VERSION}). */
  journal: number;
  /** The plan file's absolute path, so `--resume` and `yuan report` find it from any folder. */
  plan: string;
  planId: string;
  /** `sha256:<hex>` of the plan file's bytes; resuming refuses a plan whose bytes changed. */
  planHash: string;
  /** The scenario id. */
  scenario: string;
  /** The scenario file's absolute path, when the scenario has its own file. */
  scenarioFile?: string;
  /** `sha256:<hex>` of the scenario file's bytes, when it has its own file. */
  scenarioHash?: string;
  /** Scenario seconds per real second while a prompt waits. */
  pace: number;
  /** The roles answered by people; every other role takes its decisions' defaults. */
  players: string[];
  /** The version of yuan that ran the drill. */
  version: string;
  /** Wall-clock start (ISO 8601), for file names and report headers; never used in scoring. */
  startedAt?: string;
}

/** An inject delivered: its `set` was applied, then its `event` sent. */
export interface DrillInjectEvent {
  type: 'inject';
  at: number;
  inject: string;
  message: string;
  event?: string;
  set?: Record<string, Scalar>;
}

/** What moved the plan into a stage. */
export type StageCause = 'start' | 'inject' | 'answer' | 'timeout' | 'after';

/** The plan entered a stage. */
export interface DrillStageEvent {
  type: 'stage-entered';
  at: number;
  stage: string;
  phase: Phase;
  /** The stage left, or null for the start stage. */
  from: string | null;
  cause: StageCause;
}

/** A decision opened because its stage was entered. */
export interface DrillDecisionOpenedEvent {
  type: 'decision-opened';
  at: number;
  decision: string;
  /** 1 for the decision's first opening in this drill, 2 for the second, ... */
  opening: number;
  stage: string;
  owner: string;
  /** Whether a player holds the owner role (only those openings are scored). */
  player: boolean;
  /** The plan's target (`within`) in ms, or null; the scenario's expectation may override it. */
  target: number | null;
  /** When the decision's timeout falls due, or null when it has none. */
  timeoutAt: number | null;
}

/** Who answered a decision. */
export type AnswerSource = 'player' | 'default';

/** A decision answered (closing it). */
export interface DrillDecisionAnsweredEvent {
  type: 'decision-answered';
  at: number;
  decision: string;
  opening: number;
  option: string;
  /** Scenario time from the opening to this answer. */
  latency: number;
  /** `player`, or `default` for a role nobody plays (its timeout's option, else the first). */
  by: AnswerSource;
}

/** A decision timed out and its `timeout.choose` option was taken (closing it). */
export interface DrillDecisionTimeoutEvent {
  type: 'decision-timeout';
  at: number;
  decision: string;
  opening: number;
  option: string;
  latency: number;
}

/** Why an open decision closed without an answer or a timeout. */
export type DecisionCloseReason = 'stage-left' | 'drill-ended';

/** A decision closed unanswered because its stage was left or the drill ended. */
export interface DrillDecisionClosedEvent {
  type: 'decision-closed';
  at: number;
  decision: string;
  opening: number;
  reason: DecisionCloseReason;
  latency: number;
}

/** Why a scripted answer was not used. */
export type VoidReason = 'after-timeout' | 'stage-left' | 'drill-ended' | 'never-opened';

/** A scripted answer that could not be used (drill-and-scoring.md, "Scripted answers"). */
export interface DrillAnswerVoidEvent {
  type: 'answer-void';
  at: number;
  decision: string;
  /** The opening it was meant for, or null when the decision never opened for it. */
  opening: number | null;
  option: string;
  /** The answer's `after`, in ms. */
  after: number;
  reason: VoidReason;
  /** 0-based position of the answer in its answers file. */
  index: number;
}

/** How a drill ended. */
export type DrillEndReason = 'final' | 'exhausted' | 'limit';

/** The last event of a finished drill, with its score. */
export interface DrillEndEvent {
  type: 'end';
  at: number;
  /** `final`: a final stage; `exhausted`: no inject left and nothing more can happen; `limit`: a runaway loop was cut. */
  reason: DrillEndReason;
  stage: string;
  score: number | null;
  rating: Rating | null;
}

/** One line of a drill journal. */
export type DrillEvent =
  | DrillStartEvent
  | DrillInjectEvent
  | DrillStageEvent
  | DrillDecisionOpenedEvent
  | DrillDecisionAnsweredEvent
  | DrillDecisionTimeoutEvent
  | DrillDecisionClosedEvent
  | DrillAnswerVoidEvent
  | DrillEndEvent;

/** The type names of drill events. */
export type DrillEventType = DrillEvent['type'];

/** The HSEEP rating: Performed without challenges, Some, Major challenges, Unable to perform. */
export type Rating = 'P' | 'S' | 'M' | 'U';

/** What became of a scored decision. */
export type DecisionOutcome = 'answered' | 'timeout' | 'missed';

/** Why a scored decision earned what it did; `missed` splits into the last three. */
export type DecisionResolution =
  'answered' | 'timeout' | 'stage-left' | 'drill-ended' | 'never-opened';

/** One scored decision with the arithmetic of its points (the JSON report's `decisions`). */
export interface ScoredDecision {
  decision: string;
  /** The owner role. */
  role: string;
  /** The option the player chose; null for a timeout or a miss. */
  option: string | null;
  outcome: DecisionOutcome;
  resolution: DecisionResolution;
  /** Scenario ms of the opening; null when it never opened. */
  openedAt: number | null;
  /** Scenario ms from opening to answer, timeout or close; null when it never opened. */
  latency: number | null;
  /** Target T in ms: the expectation's `within`, else the decision's; null when neither is set. */
  target: number | null;
  /** 1 best (or any option without a list), 0.5 acceptable, 0 otherwise. */
  credit: number;
  /** 1 within target, falling linearly to 0 at three times the target. */
  timeliness: number;
  weight: number;
  /** weight × credit × timeliness. */
  points: number;
  /** Which opening of the decision (1-based); null when it never opened. */
  opening: number | null;
  stage: string;
  phase: Phase;
  /** Answered after its target. */
  late: boolean;
  /** The expectation's inject, or null when the decision was scored without an expectation. */
  inject: string | null;
  /** The options that earn full credit (empty: any option does). */
  best: string[];
  /** The options that earn half credit. */
  acceptable: string[];
  /** The option a timeout took, or null. */
  timeoutOption: string | null;
  /** The owner lacks the authority to take it alone (plan-format.md, `authority`). */
  escalation: boolean;
}

/** Points against weight for a group of decisions. */
export interface ScoreSubtotal {
  weight: number;
  points: number;
  /** 100 × points / weight, one decimal. */
  score: number;
  decisions: number;
}

/** A scripted answer that was not used, as reports show it. */
export interface VoidAnswer {
  decision: string;
  option: string;
  after: number;
  at: number;
  opening: number | null;
  reason: VoidReason;
  index: number;
}

/** A drill's score: the formula of drill-and-scoring.md applied to its events. */
export interface DrillScore {
  /** 100 × Σ points / Σ weight to one decimal, or null when no decision was scored. */
  score: number | null;
  rating: Rating | null;
  decisions: ScoredDecision[];
  totals: { weight: number; points: number };
  /** Keyed by phase; only phases with scored decisions appear. */
  byPhase: Partial<Record<Phase, ScoreSubtotal>>;
  /** Keyed by role id; only roles with scored decisions appear. */
  byRole: Record<string, ScoreSubtotal>;
  voidAnswers: VoidAnswer[];
  /** Expectations of an unfinished drill that may still come due: not scored yet (empty once finished). */
  pending: PendingExpectation[];
}

/**
 * An expectation of a drill that has not ended, whose decision has not opened for it yet:
 * `not-delivered` while its inject is still to come, `not-opened` once the inject is delivered.
 */
export interface PendingExpectation {
  decision: string;
  /** The owner role. */
  role: string;
  inject: string;
  /** Scenario ms of the inject. */
  injectAt: number;
  reason: 'not-delivered' | 'not-opened';
  /** The stage where the decision is made. */
  stage: string;
  /** Target T in ms it will be scored against (as for a scored decision); null when none is set. */
  target: number | null;
  weight: number;
}
