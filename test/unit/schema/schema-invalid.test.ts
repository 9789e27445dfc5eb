// One broken thing per case, and the exact ajv errors it must give ("path keyword", paths relative
// to the group's base, `if` bookkeeping left out): few errors, at the place of the mistake.
import { describe, expect, it } from 'vitest';
import { compileSchema, DELETE, errorLines, readFixture, setAt } from './schema-helpers.js';

/** [what is broken, pointer under the base, new value (or DELETE), expected errors]. */
type Case = [what: string, pointer: string, value: unknown, errors: string[]];

const { validate } = compileSchema();

function rejects(fixture: string, base: string, cases: Case[]): void {
  it.each(cases)('%s', (_what, pointer, value, expected) => {
    const document = readFixture(fixture);
    setAt(document, base + pointer, value);
    const errors = errorLines(validate, document).map((line) =>
      line.startsWith(base) ? line.slice(base.length) : line,
    );
    expect(errors.sort()).toEqual([...expected].sort());
  });
}

describe('an invalid plan', () => {
  rejects('plan.yaml', '', [
    ['yuan: 2', '/yuan', 2, ['/yuan const']],
    ['no yuan', '/yuan', DELETE, [' required']],
    ['a wrong kind', '/kind', 'plans', ['/kind enum']],
    ['no kind', '/kind', DELETE, [' required']],
    ['a bad plan id', '/id', 'X_Community', ['/id pattern']],
    ['an unknown key', '/stage', {}, [' additionalProperties']],
    ['no stages', '/stages', DELETE, [' required']],
    ['no stage at all', '/stages', {}, ['/stages minProperties']],
    [
      'a bad stage id (a map key)',
      '/stages/Lockdown',
      { title: 'x', phase: 'response' },
      ['/stages pattern', '/stages propertyNames'],
    ],
    ['a wrong plan type', '/type', 'city', ['/type enum']],
    ['a wrong hazard category', '/hazard/category', 'fire', ['/hazard/category enum']],
    ['a bad date', '/review/last', '2020-13-01', ['/review/last pattern']],
    ['a review without cycle', '/review/every_months', DELETE, ['/review required']],
    ['a version as a number', '/version', 1, ['/version type']],
    ['a wrong role function', '/roles/clinic/function', 'doctor', ['/roles/clinic/function enum']],
    [
      'authority as another word',
      '/roles/director/authority',
      'everyone',
      ['/roles/director/authority const'],
    ],
    [
      'authority with a bad id',
      '/roles/secretary/authority/0',
      'Lockdown',
      ['/roles/secretary/authority/0 pattern'],
    ],
    ['authority as a number', '/roles/secretary/authority', 3, ['/roles/secretary/authority type']],
    [
      'an x- key in an id map is an entry',
      '/roles/x-ray',
      { function: 'medical' },
      ['/roles/x-ray required'],
    ],
    ['a negative stock', '/resources/leaflet/stock', -1, ['/resources/leaflet/stock minimum']],
    [
      'a demand without during',
      '/resources/thermometer/demand/0/during',
      DELETE,
      ['/resources/thermometer/demand/0 required'],
    ],
    [
      'an object as a variable value',
      '/variables/confirmed-cases/initial',
      { n: 0 },
      [
        '/variables/confirmed-cases/initial type',
        '/variables/confirmed-cases/initial type',
        '/variables/confirmed-cases/initial type',
        '/variables/confirmed-cases/initial anyOf',
      ],
    ],
    [
      'plan in an inline scenario',
      '/scenarios/0/plan',
      './plan.yaml',
      ['/scenarios/0 additionalProperties'],
    ],
    [
      'a header in an inline scenario',
      '/scenarios/0/kind',
      'scenario',
      ['/scenarios/0 additionalProperties'],
    ],
  ]);
});

describe('an invalid stage', () => {
  rejects('plan.yaml', '/stages/warning', [
    ['an unknown key', '/titel', 'x', [' additionalProperties']],
    ['a missing phase', '/phase', DELETE, [' required']],
    ['a wrong phase', '/phase', 'alert', ['/phase enum']],
    ['a wrong warning colour', '/warning', 'green', ['/warning enum']],
    ['a duration with a space', '/expect_duration', '3 d', ['/expect_duration pattern']],
    ['a zero duration', '/expect_duration', '0s', ['/expect_duration pattern']],
    ['units out of order', '/tasks/0/within', '30m12h', ['/tasks/0/within pattern']],
    ['a bad owner id', '/tasks/0/owner', 'grid_worker', ['/tasks/0/owner pattern']],
    ['a wrong task kind', '/tasks/0/kind', 'notify', ['/tasks/0/kind enum']],
    ['a task without title', '/tasks/0/title', DELETE, ['/tasks/0 required']],
    ['a decision without owner', '/decisions/0/owner', DELETE, ['/decisions/0 required']],
    ['a decision without options', '/decisions/0/options', [], ['/decisions/0/options minItems']],
    ['a zero decision target', '/decisions/0/within', '0s', ['/decisions/0/within pattern']],
    [
      'a timeout without choice',
      '/decisions/0/timeout/choose',
      DELETE,
      ['/decisions/0/timeout required'],
    ],
    [
      'an option without id',
      '/decisions/0/options/1/id',
      DELETE,
      ['/decisions/0/options/1 required'],
    ],
    ['a number as duration', '/after/0/in', 14, ['/after/0/in type']],
    [
      'an event to a bad stage id',
      '/on/confirmed-case',
      'Lockdown',
      ['/on/confirmed-case pattern'],
    ],
    ['an event to a number', '/on/confirmed-case', 5, ['/on/confirmed-case type']],
    ['an empty list of targets', '/on/confirmed-case', [], ['/on/confirmed-case minItems']],
    [
      'a target without goto',
      '/on/confirmed-case',
      [{ when: { var: 'a', gt: 0 } }],
      ['/on/confirmed-case/0 required'],
    ],
  ]);
});

describe('an invalid condition', () => {
  rejects('plan.yaml', '/stages/warning/on/confirmed-case/when', [
    ['two operators', '', { var: 'confirmed-cases', gt: 0, lt: 9 }, [' maxProperties']],
    ['no operator', '', { var: 'confirmed-cases' }, [' minProperties']],
    ['an operator without var', '', { gt: 0 }, [' required', ' minProperties']],
    ['an unknown operator', '', { var: 'confirmed-cases', over: 0 }, [' additionalProperties']],
    ['gt with text', '', { var: 'confirmed-cases', gt: 'zero' }, ['/gt type']],
    ['all mixed with any', '', { all: [{ var: 'a', eq: 1 }], any: [] }, [' additionalProperties']],
    ['an empty all', '', { all: [] }, ['/all minItems']],
    [
      'a bad var deep inside',
      '',
      { not: { any: [{ var: 'A', eq: 1 }] } },
      ['/not/any/0/var pattern'],
    ],
    ['code instead of data', '', 'confirmed-cases > 0', [' type']],
  ]);
});

describe('an invalid scenario', () => {
  rejects('scenario.yaml', '', [
    ['yuan as text', '/yuan', '1', ['/yuan const']],
    ['no plan', '/plan', DELETE, [' required']],
    ['no injects', '/injects', [], ['/injects minItems']],
    ['a pace of zero', '/pace', 0, ['/pace exclusiveMinimum']],
    ['a player twice', '/players/1', 'secretary', ['/players uniqueItems']],
    ['an unknown inject key', '/injects/0/mesage', 'x', ['/injects/0 additionalProperties']],
    ['an inject without at', '/injects/1/at', DELETE, ['/injects/1 required']],
    ['an inject at a bad time', '/injects/1/at', 'day 2', ['/injects/1/at pattern']],
    [
      'a zero expected target',
      '/injects/0/expect/0/within',
      '0s',
      ['/injects/0/expect/0/within pattern'],
    ],
    [
      'an expectation without decision',
      '/injects/0/expect/0/decision',
      DELETE,
      ['/injects/0/expect/0 required'],
    ],
    [
      'a weight of zero',
      '/injects/0/expect/0/weight',
      0,
      ['/injects/0/expect/0/weight exclusiveMinimum'],
    ],
    ['set with nothing', '/injects/1/set', {}, ['/injects/1/set minProperties']],
  ]);
});
