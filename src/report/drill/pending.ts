/**
 * The pending part of an unfinished drill's report: the expectations whose decision has not
 * opened for them yet, left out of the score until the drill goes on (docs/drill.md).
 */
import type { Translate } from '../../i18n/index.js';
import type { DrillScore, Plan } from '../../model/index.js';
import { decisionTitle } from './plan-lookup.js';
import { formatScenarioTime } from './scenario-time.js';

/** The pending expectations as plain lines (not escaped), in delivery order; empty once finished. */
export function pendingLines(score: DrillScore, plan: Plan, t: Translate): string[] {
  return score.pending.map((pending) =>
    t(`report.drill.pending.${pending.reason}`, {
      decision: pending.decision,
      title: decisionTitle(plan, pending.decision),
      role: pending.role,
      inject: pending.inject,
      time: formatScenarioTime(pending.injectAt),
      stage: pending.stage,
    }),
  );
}
