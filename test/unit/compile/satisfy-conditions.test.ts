import { describe, expect, it } from 'vitest';
import { evaluateCondition } from '../../../src/compile/evaluate-condition.js';
import { satisfyConditions } from '../../../src/compile/satisfy-conditions.js';
import type { Condition } from '../../../src/model/plan.js';

describe('satisfyConditions', () => {
  it.each<[string, Condition[], Condition[]]>([
    ['a strict bound', [{ var: 'n', gt: 0 }], []],
    [
      'between two bounds',
      [
        {
          all: [
            { var: 'n', gt: 2.5 },
            { var: 'n', lt: 2.75 },
          ],
        },
      ],
      [],
    ],
    [
      'a string equality with an earlier entry false',
      [{ var: 's', eq: 'red' }],
      [{ var: 'n', gt: 3 }],
    ],
    [
      'an inequality to every constant',
      [
        { var: 's', ne: 'a' },
        { var: 's', ne: '' },
      ],
      [],
    ],
    ['a boolean', [{ not: { var: 'b', eq: false } }, { var: 'b', ne: 'x' }], []],
    [
      'only failing',
      [],
      [
        {
          any: [
            { var: 'n', eq: 1 },
            { var: 'n', eq: 2 },
          ],
        },
      ],
    ],
  ])('finds values for %s', (_name, hold, fail) => {
    const result = satisfyConditions(hold, fail);
    expect(result.status).toBe('satisfiable');
    if (result.status !== 'satisfiable') return;
    for (const condition of hold) expect(evaluateCondition(condition, result.values)).toBe(true);
    for (const condition of fail) expect(evaluateCondition(condition, result.values)).toBe(false);
  });

  it.each<[string, Condition[], Condition[]]>([
    [
      'a contradiction',
      [
        {
          all: [
            { var: 'n', gt: 1 },
            { var: 'n', lt: 0 },
          ],
        },
      ],
      [],
    ],
    ['a condition that an earlier entry shadows', [{ var: 'n', gt: 5 }], [{ var: 'n', gt: 3 }]],
    [
      'not of a tautology',
      [
        {
          not: {
            any: [
              { var: 'n', gte: 0 },
              { var: 'n', lt: 0 },
              { var: 'n', ne: 0 },
            ],
          },
        },
      ],
      [],
    ],
  ])('says %s is unsatisfiable', (_name, hold, fail) => {
    expect(satisfyConditions(hold, fail).status).toBe('unsatisfiable');
  });

  it('gives up, saying so, past its budget', () => {
    const many: Condition[] = Array.from({ length: 12 }, (_, i) => ({ var: `v${i}`, gt: i }));
    expect(satisfyConditions(many, [], 1000).status).toBe('unknown');
  });
});
