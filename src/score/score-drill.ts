/**
 * The score of a drill, computed from its events, the scenario's expectations and the plan
 * (drill-and-scoring.md, "Scoring"). This is the only place where a score is computed.
 */
import {
  type DrillAnswerVoidEvent,
  type DrillDecisionOpenedEvent,
  type DrillEvent,
  type DrillScore,
  type PendingExpectation,
  type Plan,
  type Scenario,
  type ScoredDecision,
  type VoidAnswer,
} from '../model/index.js';
import { indexDecisions, needsEscalation, type PlacedDecision } from '../model/plan-index.js';
import { credit, percentage, rating, timeliness } from './formula.js';
import {
  effectiveTarget,
  matchExpectations,
  openingKey,
  timedExpectations,
  type TimedExpectation,
} from './match-expectations.js';
import { byPhase, byRole } from './subtotals.js';
import { resolveOpenings, type OpeningResolution } from './resolve-openings.js';
import { pendingExpectation, scoreNeverOpened } from './unopened-expectations.js';

/** What scoring needs besides the events: the plan (roles, stages) and the scenario (expectations). */
export interface ScoreContext {
  plan: Plan;
  scenario: Scenario;
  /**
   * Whether the events are the whole drill. Default true (the engine scores a drill just before
   * writing its end event). False for a paused or cut journal ({@link drillFinished}): an
   * expectation whose decision has not opened for it yet may still be met, so it is pending,
   * not missed.
   */
  finished?: boolean;
}

/** Whether a journal's events are a whole drill: its last event is `end`. */
export function drillFinished(events: readonly DrillEvent[]): boolean {
  return events[events.length - 1]?.type === 'end';
}

/**
 * Scores a drill from its events; works on a finished or an unfinished journal alike (tell it
 * which with `finished`). Decisions still open in an unfinished journal count as missed.
 */
export function scoreDrill(
  events: readonly DrillEvent[],
  { plan, scenario, finished = true }: ScoreContext,
): DrillScore {
  const start = events.find((event) => event.type === 'start');
  const players = new Set(start?.players ?? scenario.players ?? []);
  const placed = indexDecisions(plan);
  const openings = events.filter(
    (event): event is DrillDecisionOpenedEvent => event.type === 'decision-opened',
  );
  const resolutions = resolveOpenings(events);
  const { byOpening, unmatched } = matchExpectations(openings, timedExpectations(scenario));

  const decisions: ScoredDecision[] = [];
  for (const opened of openings) {
    if (!opened.player) continue;
    const key = openingKey(opened.decision, opened.opening);
    decisions.push(
      scoreOpening(
        opened,
        resolutions.get(key)!,
        byOpening.get(key),
        placed.get(opened.decision),
        plan,
      ),
    );
  }
  const pending: PendingExpectation[] = [];
  const delivered = new Set(
    events.flatMap((event) => (event.type === 'inject' ? [event.inject] : [])),
  );
  for (const timed of unmatched) {
    const where = placed.get(timed.expectation.decision);
    // Decisions of roles nobody plays are never scored, so never pending either.
    if (!where || !players.has(where.decision.owner)) continue;
    if (finished) decisions.push(scoreNeverOpened(timed, where, plan));
    else pending.push(pendingExpectation(timed, where, delivered.has(timed.inject)));
  }

  const weight = sum(decisions.map((decision) => decision.weight));
  const points = sum(decisions.map((decision) => decision.points));
  const score = percentage(points, weight);
  return {
    score,
    rating: score === null ? null : rating(score),
    decisions,
    totals: { weight, points },
    byPhase: byPhase(decisions),
    byRole: byRole(decisions),
    voidAnswers: events.filter(isVoid).map(toVoidAnswer),
    pending,
  };
}

function scoreOpening(
  opened: DrillDecisionOpenedEvent,
  resolution: OpeningResolution,
  timed: TimedExpectation | undefined,
  where: PlacedDecision | undefined,
  plan: Plan,
): ScoredDecision {
  const expectation = timed?.expectation;
  const target = effectiveTarget(timed, opened.target);
  const expected = { best: expectation?.best ?? [], acceptable: expectation?.acceptable ?? [] };
  const answered = resolution.resolution === 'answered' ? resolution.option : null;
  const c = answered === null ? 0 : credit(answered, expected);
  const tau = answered === null ? 0 : timeliness(resolution.latency, target);
  const weight = expectation?.weight ?? 1;
  return {
    decision: opened.decision,
    role: opened.owner,
    option: answered,
    outcome: outcomeOf(resolution.resolution),
    resolution: resolution.resolution,
    openedAt: opened.at,
    latency: resolution.latency,
    target,
    credit: c,
    timeliness: tau,
    weight,
    points: weight * c * tau,
    opening: opened.opening,
    stage: opened.stage,
    phase: plan.stages[opened.stage]?.phase ?? where?.phase ?? 'response',
    late: answered !== null && target !== null && resolution.latency > target,
    inject: timed?.inject ?? null,
    ...expected,
    timeoutOption: resolution.resolution === 'timeout' ? resolution.option : null,
    escalation: needsEscalation(plan, opened.owner, opened.decision),
  };
}

function outcomeOf(resolution: OpeningResolution['resolution']): ScoredDecision['outcome'] {
  if (resolution === 'answered' || resolution === 'timeout') return resolution;
  return 'missed';
}

function isVoid(event: DrillEvent): event is DrillAnswerVoidEvent {
  return event.type === 'answer-void';
}

function toVoidAnswer({
  decision,
  option,
  after,
  at,
  opening,
  reason,
  index,
}: DrillAnswerVoidEvent): VoidAnswer {
  return { decision, option, after, at, opening, reason, index };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
