import { describe, expect, it } from 'vitest';
import { closestWord, editDistance } from '../../../src/check/closest-word.js';
import { reduceSchemaErrors } from '../../../src/check/reduce-schema-errors.js';
import type { SchemaError } from '../../../src/check/schema-validator.js';

/** A raw ajv error, as the generated validator (verbose) reports it. */
function error(
  instancePath: string,
  keyword: string,
  params: Record<string, unknown> = {},
  extra: Partial<SchemaError> = {},
): SchemaError {
  return { instancePath, schemaPath: `#/${keyword}`, keyword, params, ...extra };
}

describe('reduceSchemaErrors', () => {
  it('drops the if/then and propertyNames wrappers and keeps what they wrap', () => {
    const problems = reduceSchemaErrors([
      error('/stages', 'pattern', { pattern: '^[a-z]+$' }, { propertyName: 'Bad' }),
      error('/stages', 'propertyNames', { propertyName: 'Bad' }),
      error('', 'if', { failingKeyword: 'then' }),
    ]);
    expect(problems).toMatchObject([{ keyword: 'pattern', pointer: '/stages/Bad', part: 'key' }]);
  });

  it('collapses an anyOf where no branch accepts the type into one problem listing the types', () => {
    const problems = reduceSchemaErrors([
      error('/v', 'type', { type: 'number' }, { data: [] }),
      error('/v', 'type', { type: 'string' }, { data: [] }),
      error('/v', 'anyOf', {}, { data: [] }),
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        keyword: 'types',
        pointer: '/v',
        params: { types: ['number', 'string'] },
      }),
    ]);
  });

  it('keeps the errors of the branch that was meant when one branch matched the type', () => {
    const problems = reduceSchemaErrors([
      error('/on/e', 'type', { type: 'string' }),
      error('/on/e', 'required', { missingProperty: 'goto' }),
      error('/on/e/when', 'type', { type: 'object' }, { data: 3 }),
      error('/on/e', 'anyOf'),
    ]);
    expect(problems.map((problem) => [problem.keyword, problem.pointer])).toEqual([
      ['required', '/on/e/goto'],
      ['type', '/on/e/when'],
    ]);
  });

  it('merges const branches into the allowed values', () => {
    const problems = reduceSchemaErrors([
      error('/x', 'const', { allowedValue: 'a' }, { data: 'c' }),
      error('/x', 'const', { allowedValue: 'b' }, { data: 'c' }),
      error('/x', 'oneOf', { passingSchemas: null }, { data: 'c' }),
    ]);
    expect(problems).toMatchObject([{ keyword: 'enum', params: { allowedValues: ['a', 'b'] } }]);
  });

  it('keeps a oneOf that matched several branches as its own problem', () => {
    const problems = reduceSchemaErrors([error('/x', 'oneOf', { passingSchemas: [0, 1] })]);
    expect(problems).toMatchObject([{ keyword: 'oneOf', pointer: '/x' }]);
  });

  it('keeps one complaint per place, the most specific', () => {
    const problems = reduceSchemaErrors([
      error('/phase', 'type', { type: 'string' }, { data: 5 }),
      error('/phase', 'enum', { allowedValues: ['warning'] }, { data: 5 }),
    ]);
    expect(problems).toMatchObject([{ keyword: 'enum' }]);
  });

  it('places a missing key and an unknown key on keys, the unknown one with the known keys', () => {
    const parentSchema = { properties: { title: {}, phase: {} }, patternProperties: { '^x-': {} } };
    const problems = reduceSchemaErrors([
      error('/s', 'required', { missingProperty: 'phase' }, { parentSchema }),
      error('/s', 'additionalProperties', { additionalProperty: 'colour' }, { parentSchema }),
    ]);
    expect(problems).toMatchObject([
      { keyword: 'required', pointer: '/s/phase', part: 'key' },
      {
        keyword: 'additionalProperties',
        pointer: '/s/colour',
        part: 'key',
        known: ['title', 'phase'],
        extensible: true,
      },
    ]);
  });

  it('merges a misspelt required key with its missing twin', () => {
    const parentSchema = { properties: { title: {}, phase: {} } };
    const problems = reduceSchemaErrors([
      error('/s', 'required', { missingProperty: 'title' }, { parentSchema }),
      error('/s', 'additionalProperties', { additionalProperty: 'Title' }, { parentSchema }),
    ]);
    expect(problems).toMatchObject([
      { keyword: 'additionalProperties', suggestion: 'title', extensible: false },
    ]);
  });
});

describe('closestWord', () => {
  it('suggests the nearest word within a few edits', () => {
    expect(closestWord('respons', ['warning', 'response', 'recovery'])).toBe('response');
    expect(closestWord('ower', ['owner', 'title'])).toBe('owner');
    expect(closestWord('tilte', ['title'])).toBe('title');
    expect(closestWord('Title', ['title'])).toBe('title');
  });

  it('suggests nothing for a word far from every candidate', () => {
    expect(closestWord('colour', ['title', 'phase'])).toBeUndefined();
    expect(closestWord('ab', ['xy'])).toBeUndefined();
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('tilte', 'title')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
