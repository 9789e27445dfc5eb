// Baseline 2: a plain validator made of the yaml package and ajv (schema compiled here), nothing else.
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { fileList, report } from './child-report.mjs';

const files = fileList();
const begin = performance.now();
const schema = JSON.parse(
  readFileSync(new URL('../../../schemas/yuan.schema.json', import.meta.url)),
);
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const compiled = performance.now() - begin;
let invalid = 0;
for (const file of files) {
  try {
    if (!validate(parse(readFileSync(file, 'utf8')))) invalid++;
  } catch {
    invalid++;
  }
}
report(performance.now() - begin, { invalid, compileMs: compiled });
