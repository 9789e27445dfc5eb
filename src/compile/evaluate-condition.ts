/**
 * `when` conditions evaluated as data (plan-format.md, "Stages"): comparisons of one variable,
 * `all`, `any` and `not`. Nothing in a plan is ever run as code.
 */
import type { ComparisonOperator, Condition, Scalar } from '../model/plan.js';

/** The variables a condition reads, by id. */
export type Variables = Readonly<Record<string, unknown>>;

/**
 * Whether `condition` holds for `values`. `eq`/`ne` compare strictly (`1` is not `"1"`);
 * `gt`, `gte`, `lt` and `lte` hold only when the variable is a number. A variable the values
 * do not hold is undefined: it equals nothing and is not equal to everything.
 */
export function evaluateCondition(condition: Condition, values: Variables): boolean {
  if ('all' in condition) return condition.all.every((part) => evaluateCondition(part, values));
  if ('any' in condition) return condition.any.some((part) => evaluateCondition(part, values));
  if ('not' in condition) return !evaluateCondition(condition.not, values);
  const value = Object.hasOwn(values, condition.var) ? values[condition.var] : undefined;
  const [operator, expected] = comparisonOf(condition);
  if (operator === undefined) return false;
  return compare(operator, value, expected);
}

/** The operator and value of a comparison (the schema allows exactly one). */
export function comparisonOf(
  condition: { var: string } & Partial<Record<ComparisonOperator, Scalar>>,
): [ComparisonOperator | undefined, Scalar | undefined] {
  for (const key of Object.keys(condition)) {
    if (key !== 'var') return [key as ComparisonOperator, condition[key as ComparisonOperator]];
  }
  return [undefined, undefined];
}

/** Applies one comparison operator. */
export function compare(operator: ComparisonOperator, value: unknown, expected: unknown): boolean {
  switch (operator) {
    case 'eq':
      return value === expected;
    case 'ne':
      return value !== expected;
    default:
      if (typeof value !== 'number' || typeof expected !== 'number') return false;
      if (operator === 'gt') return value > expected;
      if (operator === 'gte') return value >= expected;
      if (operator === 'lt') return value < expected;
      return value <= expected;
  }
}
