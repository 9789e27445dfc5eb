/** Writes src/check/validate-schema.generated.ts from schemas/yuan.schema.json (`npm run generate:validator`). */
import { readFileSync, writeFileSync } from 'node:fs';
import type { AnySchemaObject } from 'ajv/dist/2020.js';
import { GENERATED_VALIDATOR, validatorSource } from './validator-source.js';

const root = new URL('../', import.meta.url);
const schema = JSON.parse(
  readFileSync(new URL('schemas/yuan.schema.json', root), 'utf8'),
) as AnySchemaObject;
writeFileSync(new URL(GENERATED_VALIDATOR, root), validatorSource(schema));
console.log(`wrote ${GENERATED_VALIDATOR}`);
