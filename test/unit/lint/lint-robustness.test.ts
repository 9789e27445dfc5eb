/** Every rule, on any schema-valid plan and scenario, returns findings and never throws. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { lintPlanText, lintScenarioText } from './lint-yaml.js';
import { assertProperty } from '../../helpers/property-runs.js';

// A tiny id pool, so references often hit and often miss, including an Object.prototype name.
const id = fc.constantFrom('a', 'b', 'constructor', 'lockdown', 'response');
const duration = fc.constantFrom('30m', '2h', '1d', '3d1h');
const condition = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.record({ var: id, gt: fc.integer({ min: 0, max: 3 }) }),
    fc.record({ all: fc.array(tie('node'), { minLength: 1, maxLength: 2 }) }),
    fc.record({ not: tie('node') }),
  ),
})).node;
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const task = fc.record(
  {
    id,
    title: fc.constant('T'),
    owner: optional(id),
    kind: optional(fc.constantFrom('inform', 'report', 'other')),
    within: optional(duration),
    uses: optional(fc.dictionary(id, fc.integer({ min: 1, max: 50 }), { maxKeys: 2 })),
  },
  { requiredKeys: ['id', 'title'] },
);
const decision = fc.record(
  {
    id,
    title: fc.constant('D'),
    owner: id,
    within: optional(duration),
    options: fc.array(
      fc.record(
        { id, title: fc.constant('O'), goto: optional(id) },
        { requiredKeys: ['id', 'title'] },
      ),
      {
        minLength: 1,
        maxLength: 2,
      },
    ),
    timeout: optional(fc.record({ after: duration, choose: id })),
  },
  { requiredKeys: ['id', 'title', 'owner', 'options'] },
);
const stage = fc.record(
  {
    title: fc.constant('S'),
    phase: fc.constantFrom('preparation', 'warning', 'response', 'recovery'),
    initial: optional(fc.boolean()),
    final: optional(fc.boolean()),
    level: optional(id),
    expect_duration: optional(duration),
    tasks: optional(fc.array(task, { maxLength: 2 })),
    decisions: optional(fc.array(decision, { maxLength: 2 })),
    on: optional(
      fc.dictionary(id, fc.oneof(id, fc.record({ goto: id, when: condition })), { maxKeys: 2 }),
    ),
    after: optional(fc.array(fc.record({ in: duration, goto: id }), { maxLength: 1 })),
  },
  { requiredKeys: ['title', 'phase'] },
);
const plan = fc.record(
  {
    yuan: fc.constant(1),
    kind: fc.constant('plan'),
    id: fc.constant('p'),
    title: fc.constant('P'),
    hazard: optional(fc.record({ category: fc.constantFrom('public-health', 'natural') })),
    scope: optional(fc.record({ population: fc.nat(100) }, { requiredKeys: [] })),
    review: optional(fc.record({ every_months: fc.integer({ min: 1, max: 24 }) })),
    levels: optional(fc.dictionary(id, fc.constant({ title: 'L' }), { maxKeys: 2 })),
    variables: optional(fc.dictionary(id, fc.record({ initial: fc.nat(3) }), { maxKeys: 2 })),
    roles: optional(
      fc.dictionary(
        id,
        fc.record(
          {
            title: fc.constant('R'),
            function: fc.constantFrom('command', 'medical'),
            count: optional(fc.integer({ min: 1, max: 3 })),
            deputy: optional(id),
            authority: optional(fc.oneof(fc.constant('all'), fc.uniqueArray(id, { maxLength: 2 }))),
          },
          { requiredKeys: ['title', 'function'] },
        ),
        { maxKeys: 3 },
      ),
    ),
    resources: optional(
      fc.dictionary(
        id,
        fc.record(
          {
            title: fc.constant('X'),
            stock: fc.nat(100),
            demand: optional(
              fc.array(
                fc.record(
                  {
                    rate: fc.constantFrom(0.5, 1, 2),
                    per: fc.oneof(id, fc.constantFrom('resident', 'household')),
                    daily: optional(fc.boolean()),
                    during: fc.uniqueArray(id, { minLength: 1, maxLength: 2 }),
                  },
                  { requiredKeys: ['rate', 'per', 'during'] },
                ),
                { maxLength: 2 },
              ),
            ),
          },
          { requiredKeys: ['title', 'stock'] },
        ),
        { maxKeys: 2 },
      ),
    ),
    stages: fc.dictionary(id, stage, { minKeys: 1, maxKeys: 4 }),
  },
  { requiredKeys: ['yuan', 'kind', 'id', 'title', 'stages'] },
);
const scenario = fc.record(
  {
    yuan: fc.constant(1),
    kind: fc.constant('scenario'),
    id: fc.constant('s'),
    title: fc.constant('S'),
    plan: fc.constant('plan.yaml'),
    start: optional(id),
    players: optional(fc.uniqueArray(id, { maxLength: 2 })),
    injects: fc.array(
      fc.record(
        {
          id,
          at: fc.constantFrom('0s', '1h'),
          message: fc.constant('M'),
          event: optional(id),
          set: optional(fc.dictionary(id, fc.nat(3), { minKeys: 1, maxKeys: 1 })),
          expect: optional(
            fc.array(
              fc.record({ decision: id, best: optional(fc.uniqueArray(id, { maxLength: 1 })) }),
              { maxLength: 1 },
            ),
          ),
        },
        { requiredKeys: ['id', 'at', 'message'] },
      ),
      { minLength: 1, maxLength: 3 },
    ),
  },
  { requiredKeys: ['yuan', 'kind', 'id', 'title', 'plan', 'injects'] },
);

describe('the rules on generated documents', () => {
  it('return located findings for any schema-valid plan and scenario, and never throw', async () => {
    await assertProperty(
      fc.property(plan, scenario, (planData, scenarioData) => {
        const planText = stringify(planData);
        const findings = [
          ...lintPlanText(planText, { today: '2026-01-15' }),
          ...lintScenarioText(stringify(scenarioData), planText),
        ];
        for (const finding of findings) {
          expect(finding.line).toBeGreaterThanOrEqual(1);
          expect(finding.message.length).toBeGreaterThan(0);
        }
      }),
      150,
    );
  });
});
