/**
 * Review and drill cycles against today (lifecycle/review-overdue, lifecycle/drill-overdue,
 * `yuan readiness`).
 *
 * The next review (or drill) is due `every_months` calendar months after `last`; a day that the
 * target month lacks falls back to its last day (2020-01-31 + 1 month = 2020-02-29). It is overdue
 * when the due date is before today: on the due date itself it is still on time. No record, or a
 * record without `last`, counts as overdue (rules.md). Today is always passed in, never read from
 * the clock, so `--today` makes runs reproducible.
 */
import type { Cycle, Plan } from '../model/plan.js';

/** Where a review or drill cycle stands on a given day. */
export interface CycleStatus {
  /** Which part of the plan holds the record. */
  field: 'review' | 'drill';
  /** `none`: no record; `no-last`: a cycle with no date; `dated`: a record with `last`. */
  record: 'none' | 'no-last' | 'dated';
  last?: string;
  everyMonths?: number;
  /** When the next one is due (dated records only). */
  due?: string;
  overdue: boolean;
  /** Whole days from due to today when overdue (dated records only). */
  daysOverdue?: number;
}

/** Lifecycle of a plan: its review and drill cycles and the scenarios it carries. */
export interface Lifecycle {
  review: CycleStatus;
  drill: CycleStatus;
  /** Ids of the scenarios inline in the plan. */
  scenarios: string[];
}

/** The review and drill status of a plan on `today` (YYYY-MM-DD). */
export function analyseLifecycle(plan: Plan, today: string): Lifecycle {
  return {
    review: cycleStatus('review', plan.review, today),
    drill: cycleStatus('drill', plan.drill, today),
    scenarios: (plan.scenarios ?? []).map((scenario) => scenario.id),
  };
}

/** Where one cycle stands on `today`. */
export function cycleStatus(
  field: 'review' | 'drill',
  cycle: Cycle | undefined,
  today: string,
): CycleStatus {
  if (cycle === undefined) return { field, record: 'none', overdue: true };
  if (cycle.last === undefined)
    return { field, record: 'no-last', everyMonths: cycle.every_months, overdue: true };
  const due = addMonths(cycle.last, cycle.every_months);
  const overdue = due < today; // YYYY-MM-DD strings compare like dates
  return {
    field,
    record: 'dated',
    last: cycle.last,
    everyMonths: cycle.every_months,
    due,
    overdue,
    ...(overdue ? { daysOverdue: daysBetween(due, today) } : {}),
  };
}

/** `date` (YYYY-MM-DD) plus whole calendar months, clamped to the end of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const targetDay = Math.min(day, lastDay);
  return `${String(targetYear).padStart(4, '0')}-${pad(targetMonth)}-${pad(targetDay)}`;
}

/** Whole days from one date to a later one. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
