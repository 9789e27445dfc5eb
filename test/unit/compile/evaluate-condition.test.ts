import { describe, expect, it } from 'vitest';
import { evaluateCondition } from '../../../src/compile/evaluate-condition.js';
import type { Condition } from '../../../src/model/plan.js';

const values = { n: 3, s: 'red', b: true };

describe('evaluateCondition', () => {
  it.each<[Condition, boolean]>([
    [{ var: 'n', eq: 3 }, true],
    [{ var: 'n', eq: '3' }, false],
    [{ var: 'n', ne: 3 }, false],
    [{ var: 's', ne: 'blue' }, true],
    [{ var: 'n', gt: 3 }, false],
    [{ var: 'n', gte: 3 }, true],
    [{ var: 'n', lt: 3.5 }, true],
    [{ var: 'n', lte: 2 }, false],
    [{ var: 's', gt: 1 }, false],
    [{ var: 'b', eq: true }, true],
    [{ var: 'missing', eq: 0 }, false],
    [{ var: 'missing', ne: 0 }, true],
    [{ var: 'constructor', ne: 0 }, true],
    [
      {
        all: [
          { var: 'n', gt: 1 },
          { var: 's', eq: 'red' },
        ],
      },
      true,
    ],
    [
      {
        all: [
          { var: 'n', gt: 1 },
          { var: 's', eq: 'blue' },
        ],
      },
      false,
    ],
    [
      {
        any: [
          { var: 'n', gt: 5 },
          { var: 's', eq: 'red' },
        ],
      },
      true,
    ],
    [{ any: [] }, false],
    [{ all: [] }, true],
    [{ not: { var: 'n', eq: 3 } }, false],
  ])('%j is %s', (condition, expected) => {
    expect(evaluateCondition(condition, values)).toBe(expected);
  });
});
