/** A `when` condition as short readable text for diagrams and route listings: `cases > 0 and level == "i"`. */
import type { ComparisonOperator, Condition } from '../model/plan.js';
import { comparisonOf } from './evaluate-condition.js';

const SYMBOLS: Record<ComparisonOperator, string> = {
  eq: '==',
  ne: '!=',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
};

/** The condition as text; string values are JSON-quoted so they read as values. */
export function formatCondition(condition: Condition): string {
  return format(condition, false);
}

function format(condition: Condition, nested: boolean): string {
  if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    const joined = parts
      .map((part) => format(part, true))
      .join('all' in condition ? ' and ' : ' or ');
    if (parts.length === 0) return 'all' in condition ? 'true' : 'false';
    return nested && parts.length > 1 ? `(${joined})` : joined;
  }
  if ('not' in condition) return `not ${format(condition.not, true)}`;
  const [operator, value] = comparisonOf(condition);
  if (operator === undefined) return condition.var;
  return `${condition.var} ${SYMBOLS[operator]} ${JSON.stringify(value)}`;
}
