/** Rewrites the field reference in docs/format.md from schemas/yuan.schema.json (`npm run generate:docs`). */
import { readFileSync, writeFileSync } from 'node:fs';
import { FORMAT_DOCS, withFieldReference, type SchemaNode } from './field-reference.js';

const root = new URL('../', import.meta.url);
const schema = JSON.parse(
  readFileSync(new URL('schemas/yuan.schema.json', root), 'utf8'),
) as SchemaNode;
const docs = new URL(FORMAT_DOCS, root);
writeFileSync(docs, withFieldReference(readFileSync(docs, 'utf8'), schema));
console.log(`wrote the field reference of ${FORMAT_DOCS}`);
