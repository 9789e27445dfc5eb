import { readFileSync } from 'node:fs';
import type { AnySchemaObject } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  createAjv,
  GENERATED_VALIDATOR,
  stripAnnotations,
  validatorSource,
} from '../../../scripts/validator-source.js';
import { validateSchema } from '../../../src/check/validate-schema.generated.js';

const root = new URL('../../../', import.meta.url);
const schema = JSON.parse(
  readFileSync(new URL('schemas/yuan.schema.json', root), 'utf8'),
) as AnySchemaObject;

describe('the generated schema validator', () => {
  it('is up to date with schemas/yuan.schema.json (else run `npm run generate:validator`)', () => {
    const committed = readFileSync(new URL(GENERATED_VALIDATOR, root), 'utf8');
    expect(committed === validatorSource(schema)).toBe(true);
  });

  it('comes from a schema that compiles in strict mode with its editor keywords', () => {
    expect(() => createAjv().compile(schema)).not.toThrow();
  });

  it('judges documents exactly as ajv compiling the full schema does', () => {
    const compiled = createAjv().compile(schema);
    const documents = [
      {
        yuan: 1,
        kind: 'plan',
        id: 'a',
        title: 'A',
        stages: { s: { title: 'S', phase: 'warning' } },
      },
      { yuan: 1, kind: 'plan', id: 'a', title: 'A', stages: { s: { title: 'S', phase: 'x' } } },
      { yuan: 1, kind: 'scenario', id: 's', title: 'S', plan: 'p.yaml', injects: [] },
      { kind: 'plan' },
      'text',
    ];
    for (const document of documents) {
      expect(validateSchema(document)).toBe(compiled(document));
      // The same errors; only the schema objects they carry lack the annotations.
      const essence = (errors: typeof compiled.errors) =>
        (errors ?? []).map(({ instancePath, schemaPath, keyword, params }) => ({
          instancePath,
          schemaPath,
          keyword,
          params,
        }));
      expect(essence(validateSchema.errors)).toEqual(essence(compiled.errors));
    }
  });

  it('strips annotations but keeps properties that are named like them', () => {
    const stripped = stripAnnotations({
      description: 'gone',
      properties: { title: { type: 'string', description: 'gone too' } },
      required: ['title'],
    });
    expect(stripped).toEqual({ properties: { title: { type: 'string' } }, required: ['title'] });
  });
});
