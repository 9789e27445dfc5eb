/**
 * Finding variable values under which some conditions hold and others do not: used to tell
 * whether a guarded transition can ever be taken, and to replay a route on the machine.
 *
 * Every comparison reads one variable against a constant, so only the position of a value
 * relative to the constants matters. The candidates for a variable are its constants, a number
 * just below, between and above them, and a string and a boolean unlike any constant; trying
 * every combination of candidates is then exhaustive. The search gives up (`unknown`) past a
 * budget of combinations, which plans with a few variables per event never reach.
 */
import type { Condition, Scalar } from '../model/plan.js';
import { comparisonOf, evaluateCondition } from './evaluate-condition.js';

/** Values that satisfy the request, `unsatisfiable`, or `unknown` when the search was too large. */
export type Satisfaction =
  | { status: 'satisfiable'; values: Record<string, Scalar> }
  | { status: 'unsatisfiable' }
  | { status: 'unknown' };

/** Values under which every `hold` condition is true and every `fail` condition false. */
export function satisfyConditions(
  hold: readonly Condition[],
  fail: readonly Condition[] = [],
  budget = 100_000,
): Satisfaction {
  const constants = new Map<string, Scalar[]>();
  for (const condition of [...hold, ...fail]) collectConstants(condition, constants);
  const variables = [...constants.keys()];
  const choices = variables.map((variable) => candidates(constants.get(variable)!));
  const combinations = choices.reduce((product, list) => product * list.length, 1);
  if (combinations > budget) return { status: 'unknown' };
  const index = choices.map(() => 0);
  for (let tried = 0; tried < combinations; tried++) {
    const values = Object.fromEntries(
      variables.map((variable, i) => [variable, choices[i]![index[i]!]!]),
    );
    if (
      hold.every((c) => evaluateCondition(c, values)) &&
      !fail.some((c) => evaluateCondition(c, values))
    ) {
      return { status: 'satisfiable', values };
    }
    // Next combination, like an odometer.
    for (let i = 0; i < index.length; i++) {
      index[i]! += 1;
      if (index[i]! < choices[i]!.length) break;
      index[i] = 0;
    }
  }
  return { status: 'unsatisfiable' };
}

function collectConstants(condition: Condition, into: Map<string, Scalar[]>): void {
  if ('all' in condition) return condition.all.forEach((part) => collectConstants(part, into));
  if ('any' in condition) return condition.any.forEach((part) => collectConstants(part, into));
  if ('not' in condition) return collectConstants(condition.not, into);
  const [, value] = comparisonOf(condition);
  const list = into.get(condition.var) ?? [];
  if (value !== undefined) list.push(value);
  into.set(condition.var, list);
}

/** One value of every region the constants cut the line (and the other types) into. */
function candidates(constants: readonly Scalar[]): Scalar[] {
  const numbers = [...new Set(constants.filter((c): c is number => typeof c === 'number'))].sort(
    (a, b) => a - b,
  );
  const strings = [...new Set(constants.filter((c): c is string => typeof c === 'string'))];
  const result: Scalar[] = [...numbers, ...strings, true, false];
  if (numbers.length === 0) result.push(0);
  else {
    result.push(numbers[0]! - 1, numbers.at(-1)! + 1);
    for (let i = 1; i < numbers.length; i++) result.push((numbers[i - 1]! + numbers[i]!) / 2);
  }
  let fresh = '';
  while (strings.includes(fresh)) fresh += '?';
  result.push(fresh);
  return result;
}
