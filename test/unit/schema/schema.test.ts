import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { compileSchema, errorLines, readFixture, readSchema, strictAjv } from './schema-helpers.js';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const { schema, validate } = compileSchema();
const plan = (): Doc => readFixture('plan.yaml');
const scenario = (): Doc => readFixture('scenario.yaml');

describe('the schema file', () => {
  it('has a stable $id, a title and a description', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://yuan.dev/schemas/yuan.schema.json');
    expect(schema.title).toEqual(expect.any(String));
    expect(schema.description).toEqual(expect.any(String));
  });

  it('compiles in strict mode once the editor keywords are registered', () => {
    expect(() => strictAjv().compile(readSchema())).not.toThrow();
  });

  it('compiles the way the validator sets ajv up', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    expect(() => ajv.compile(readSchema())).not.toThrow();
  });

  it('is refused by strict mode without the editor keywords (so the test above means something)', () => {
    expect(() => new Ajv2020({ strict: true }).compile(readSchema())).toThrow(
      /markdownDescription/,
    );
  });
});

describe('the examples of plan-format.md', () => {
  it.each([
    ['plan.yaml', plan],
    ['scenario.yaml', scenario],
  ])('%s is valid', (_name, read) => {
    expect(errorLines(validate, read())).toEqual([]);
  });
});

describe('documents of no kind the format has', () => {
  it.each([
    ['a list', [], [' type']],
    ['text', 'yuan: 1', [' type']],
    ['a mapping without kind', { yuan: 1, id: 'x' }, [' required']],
    ['an unknown kind', { yuan: 1, kind: 'checklist' }, ['/kind enum']],
    ['answers without their list', { kind: 'answers' }, [' required']],
  ])('refuses %s with one error', (_what, document, expected) => {
    expect(errorLines(validate, document)).toEqual(expected);
  });
});

describe('documents the format accepts', () => {
  it('accepts x- keys in every object', () => {
    const d = plan();
    const stage = d.stages.warning;
    d['x-owner'] = 'X社区居委会';
    d.hazard['x-code'] = 42;
    stage['x-note'] = { any: 'thing' };
    stage.tasks[0]['x-hint'] = 'see the notice template';
    stage.decisions[0].options[0]['x-cost'] = 'high';
    d.roles.director['x-phone-2'] = '110';
    d.scenarios[0].injects[0]['x-source'] = 'Table 1';
    expect(errorLines(validate, d)).toEqual([]);
  });

  it('accepts authority: all, guarded target lists, nested conditions and any scalar', () => {
    const d = plan();
    d.roles.secretary.authority = 'all';
    d.variables.mood = { initial: 'calm' };
    d.stages.warning.on['confirmed-case'] = [
      {
        goto: 'lockdown',
        when: { all: [{ var: 'confirmed-cases', gte: 1 }, { not: { var: 'mood', eq: 'calm' } }] },
      },
      {
        goto: 'warning',
        when: {
          any: [
            { var: 'units-closed', eq: true },
            { var: 'mood', ne: 1 },
          ],
        },
      },
      { goto: 'standby' },
    ];
    expect(errorLines(validate, d)).toEqual([]);
  });

  it('accepts a zero inject time and a scenario description', () => {
    const d = scenario();
    d.injects[1].at = '0m';
    d.description = '复盘';
    d.injects[0].description = '导演说明';
    expect(errorLines(validate, d)).toEqual([]);
  });

  it('accepts descriptions where an author expects them, and a contact on roles', () => {
    const d = plan();
    const stage = d.stages.warning;
    const described = [d, stage, stage.tasks[0], stage.decisions[0], stage.decisions[0].options[0]];
    described.push(d.roles.clinic, d.resources.leaflet, d.levels.i, d.variables['units-closed']);
    for (const node of described) node.description = '说明';
    d.roles.clinic.contact = '0471-1234567';
    expect(errorLines(validate, d)).toEqual([]);
  });
});
