/** Shared by lifecycle/review-overdue and lifecycle/drill-overdue: one finding for an overdue cycle. */
import type { CycleStatus } from '../../readiness/lifecycle.js';
import type { Translate } from '../../i18n/index.js';
import type { Report } from '../rule.js';

/** Reports an overdue review or drill: on the root when there is no record, else on the record. */
export function reportCycle(
  status: CycleStatus,
  today: string,
  t: Translate,
  report: Report,
): void {
  if (!status.overdue) return;
  const review = status.field === 'review';
  if (status.record === 'none') {
    report('', t(review ? 'lint.review-overdue.none' : 'lint.drill-overdue.none'));
  } else if (status.record === 'no-last') {
    report(
      `/${status.field}`,
      t(review ? 'lint.review-overdue.no-last' : 'lint.drill-overdue.no-last'),
      'key',
    );
  } else {
    const params = { last: status.last!, months: status.everyMonths!, due: status.due!, today };
    const key = review ? 'lint.review-overdue.overdue' : 'lint.drill-overdue.overdue';
    report(`/${status.field}/last`, t(key, params));
  }
}
