/**
 * "What went wrong" of an after-action report: for each scored decision that lost points or
 * needed authority its owner lacks, the problems and a suggested change to the plan for each.
 */
import type { Translate } from '../../i18n/index.js';
import {
  formatDuration,
  type DrillScore,
  type Plan,
  type ScoredDecision,
} from '../../model/index.js';
import { formatMaybeDuration } from './decision-table.js';
import { decisionTitle } from './plan-lookup.js';
import { formatScenarioTime } from './scenario-time.js';

/** The kinds of problem a report names. */
export type ProblemKind =
  | 'late'
  | 'timeout'
  | 'wrong-option'
  | 'acceptable'
  | 'stage-left'
  | 'drill-ended'
  | 'never-opened'
  | 'authority';

/** One problem with its suggested improvement (plain text, not escaped). */
export interface Problem {
  kind: ProblemKind;
  text: string;
  advice: string;
}

/** A decision and what went wrong with it. */
export interface WentWrong {
  decision: ScoredDecision;
  title: string;
  /** The item's heading: the decision, its title, its owner and when it opened (plain text). */
  heading: string;
  problems: Problem[];
}

const SLOW: ReadonlySet<ProblemKind> = new Set(['late', 'timeout', 'stage-left', 'drill-ended']);

/** The decisions that lost points or lacked authority, in the order of the score's decisions. */
export function whatWentWrong(score: DrillScore, plan: Plan, t: Translate): WentWrong[] {
  const authorityNamed = new Set<string>();
  const items: WentWrong[] = [];
  for (const decision of score.decisions) {
    const problems = problemsOf(decision, score, plan, t);
    // A slow decision's advice already says to delegate the authority; do not say it twice.
    const slow = problems.some((problem) => SLOW.has(problem.kind));
    if (decision.escalation && !slow && !authorityNamed.has(decision.decision)) {
      problems.push({
        kind: 'authority',
        text: t('report.drill.problem.authority', { role: decision.role }),
        advice: t('report.drill.advice.authority', {
          role: decision.role,
          decision: decision.decision,
        }),
      });
    }
    if (decision.escalation) authorityNamed.add(decision.decision);
    if (problems.length === 0) continue;
    const title = decisionTitle(plan, decision.decision);
    items.push({ decision, title, heading: headingOf(decision, title, t), problems });
  }
  return items;
}

function headingOf(decision: ScoredDecision, title: string, t: Translate): string {
  const params = { decision: decision.decision, title, role: decision.role };
  return decision.openedAt === null
    ? t('report.drill.went-wrong.never-opened-item', params)
    : t('report.drill.went-wrong.item', {
        ...params,
        opened: formatScenarioTime(decision.openedAt),
      });
}

function problemsOf(
  decision: ScoredDecision,
  score: DrillScore,
  plan: Plan,
  t: Translate,
): Problem[] {
  const latency = formatMaybeDuration(decision.latency);
  const target = formatMaybeDuration(decision.target);
  const expected =
    decision.best.length > 0 && decision.acceptable.length > 0
      ? t('report.drill.expected-or-acceptable', {
          best: decision.best.join(', '),
          acceptable: decision.acceptable.join(', '),
        })
      : [...decision.best, ...decision.acceptable].join(', ');
  const problems: Problem[] = [];
  switch (decision.resolution) {
    case 'answered':
      if (decision.late) {
        const by = formatDuration((decision.latency ?? 0) - (decision.target ?? 0));
        problems.push({
          kind: 'late',
          text: t('report.drill.problem.late', { by, latency, target }),
          advice: speedAdvice(decision, score, plan, t),
        });
      }
      if (decision.credit === 0)
        problems.push({
          kind: 'wrong-option',
          text: t('report.drill.problem.wrong-option', {
            option: decision.option ?? '-',
            expected,
          }),
          advice: t('report.drill.advice.criteria', { role: decision.role, expected }),
        });
      else if (decision.credit < 1)
        problems.push({
          kind: 'acceptable',
          text: t('report.drill.problem.acceptable', {
            option: decision.option ?? '-',
            best: decision.best.join(', '),
          }),
          advice: t('report.drill.advice.prefer-best', { best: decision.best.join(', ') }),
        });
      return problems;
    case 'timeout':
      return [
        {
          kind: 'timeout',
          text: t('report.drill.problem.timeout', {
            latency,
            target,
            option: decision.timeoutOption ?? '-',
          }),
          advice: speedAdvice(decision, score, plan, t),
        },
      ];
    case 'stage-left':
    case 'drill-ended':
      return [
        {
          kind: decision.resolution,
          text: t(`report.drill.problem.${decision.resolution}`, {
            latency,
            stage: decision.stage,
          }),
          advice: speedAdvice(decision, score, plan, t),
        },
      ];
    case 'never-opened':
      return [
        {
          kind: 'never-opened',
          text: t('report.drill.problem.never-opened', {
            inject: decision.inject ?? '-',
            stage: decision.stage,
          }),
          advice: t('report.drill.advice.never-opened', { stage: decision.stage }),
        },
      ];
  }
}

/**
 * What would have made a slow decision faster: authority for an owner who had to escalate, a
 * deputy for an owner who had several decisions open at once, else a pre-approved option.
 */
function speedAdvice(
  decision: ScoredDecision,
  score: DrillScore,
  plan: Plan,
  t: Translate,
): string {
  const { role } = decision;
  if (decision.escalation)
    return t('report.drill.advice.delegate-authority', { role, decision: decision.decision });
  const busy = concurrentDecisions(decision, score);
  if (busy > 0) {
    const roles = plan.roles ?? {};
    const deputy = Object.hasOwn(roles, role) ? roles[role]?.deputy : undefined;
    return deputy
      ? t('report.drill.advice.use-deputy', { role, deputy, count: busy + 1 })
      : t('report.drill.advice.add-deputy', { role, count: busy + 1 });
  }
  const option = decision.best[0] ?? decision.option ?? decision.timeoutOption ?? '-';
  return t('report.drill.advice.pre-approve', { role, option });
}

/** How many other decisions of the same role were open while this one was. */
function concurrentDecisions(decision: ScoredDecision, score: DrillScore): number {
  if (decision.openedAt === null || decision.latency === null) return 0;
  const start = decision.openedAt;
  const end = start + decision.latency;
  return score.decisions.filter(
    (other) =>
      other !== decision &&
      other.role === decision.role &&
      other.openedAt !== null &&
      other.latency !== null &&
      other.openedAt < end &&
      start < other.openedAt + other.latency,
  ).length;
}
