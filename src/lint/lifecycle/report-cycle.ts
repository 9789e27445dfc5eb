/** Shared by lifecycle/review-overdue and lifecycle/drill-overdue: one finding for an overdue cycle. */
import type { CycleStatus } from '../../readiness/lifecycle.js';
import type { Report } from '../rule.js';

/** What an overdue cycle's finding says, in the messages of the rule that reports it. */
export interface CycleWords {
  /** No record at all. */
  none(): string;
  /** A record without its `last` date. */
  noLast(): string;
  overdue(params: { last: string; months: number; due: string; today: string }): string;
}

/** Reports an overdue review or drill: on the root when there is no record, else on the record. */
export function reportCycle(
  status: CycleStatus,
  today: string,
  report: Report,
  words: CycleWords,
): void {
  if (!status.overdue) return;
  if (status.record === 'none') {
    report('', words.none());
  } else if (status.record === 'no-last') {
    report(`/${status.field}`, words.noLast(), 'key');
  } else {
    const params = { last: status.last!, months: status.everyMonths!, due: status.due!, today };
    report(`/${status.field}/last`, words.overdue(params));
  }
}
