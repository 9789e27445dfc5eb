/** Shared by the schema tests: the schema file, an ajv set up like the validator's, the fixtures. */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { parse } from 'yaml';

/** A JSON Schema node as read from the file. */
export type SchemaNode = Record<string, unknown>;

/** The editor keywords the validator registers so that strict mode accepts them. */
export const EDITOR_KEYWORDS = [
  'markdownDescription',
  'markdownEnumDescriptions',
  'defaultSnippets',
];

const root = new URL('../../../', import.meta.url);

/** The schema, read afresh from schemas/yuan.schema.json. */
export function readSchema(): SchemaNode {
  return JSON.parse(readFileSync(new URL('schemas/yuan.schema.json', root), 'utf8')) as SchemaNode;
}

/** A fixture of test/fixtures/schema/, parsed as the loader does (YAML 1.2 core schema). */
export function readFixture(name: string): Record<string, unknown> {
  const text = readFileSync(new URL(`test/fixtures/schema/${name}`, root), 'utf8');
  return parse(text) as Record<string, unknown>;
}

/** An ajv in strict mode whose warnings fail the test, with the editor keywords registered. */
export function strictAjv(): Ajv2020 {
  const fail = (...parts: unknown[]): never => {
    throw new Error(`ajv strict mode: ${parts.join(' ')}`);
  };
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    logger: { log() {}, warn: fail, error: fail },
  });
  ajv.addVocabulary(EDITOR_KEYWORDS);
  return ajv;
}

/** The root validator plus a validator for any JSON pointer into the schema. */
export function compileSchema(): {
  schema: SchemaNode;
  validate: ValidateFunction;
  at: (pointer: string) => ValidateFunction;
} {
  const schema = readSchema();
  const ajv = strictAjv();
  const validate = ajv.compile(schema);
  const at = (pointer: string): ValidateFunction => {
    const found = ajv.getSchema(`${String(schema.$id)}#${pointer}`);
    if (!found) throw new Error(`no schema at ${pointer}`);
    return found;
  };
  return { schema, validate, at };
}

/** The errors of a validation as "instancePath keyword" lines, without if/then bookkeeping. */
export function errorLines(validate: ValidateFunction, data: unknown): string[] {
  validate(data);
  return (validate.errors ?? [])
    .filter((error) => error.keyword !== 'if')
    .map((error) => `${error.instancePath} ${error.keyword}`);
}

/** The value that `setAt` deletes instead of setting. */
export const DELETE = Symbol('delete');

/** Sets (or, with DELETE, removes) the value at a JSON pointer of a parsed document. */
export function setAt(document: unknown, pointer: string, value: unknown): void {
  const tokens = pointer.slice(1).split('/');
  const last = tokens.pop()!;
  const parent = tokens.reduce<unknown>(
    (at, token) => (at as Record<string, unknown>)[token],
    document,
  ) as Record<string, unknown>;
  if (value === DELETE) delete parent[last];
  else parent[last] = value;
}

/** Keywords whose value is one subschema, and those whose value is a map or list of them. */
const SINGLE = ['additionalProperties', 'propertyNames', 'items', 'if', 'then', 'else', 'not'];
const MAPS = ['properties', 'patternProperties', '$defs'];
const LISTS = ['allOf', 'anyOf', 'oneOf'];

/** Visits every subschema with its JSON pointer (editor snippets are data and are not entered). */
export function walkSchema(
  node: SchemaNode,
  visit: (node: SchemaNode, pointer: string) => void,
  pointer = '',
): void {
  visit(node, pointer);
  const enter = (child: unknown, path: string) => {
    if (child && typeof child === 'object' && !Array.isArray(child))
      walkSchema(child as SchemaNode, visit, path);
  };
  for (const key of SINGLE) enter(node[key], `${pointer}/${key}`);
  for (const key of MAPS) {
    const map = (node[key] ?? {}) as Record<string, unknown>;
    for (const [name, child] of Object.entries(map))
      enter(child, `${pointer}/${key}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  }
  for (const key of LISTS) {
    const list = (node[key] ?? []) as unknown[];
    list.forEach((child, index) => enter(child, `${pointer}/${key}/${index}`));
  }
}

/** A local `$ref` target, so a property's documentation may live on the definition it points to. */
export function resolveRef(schema: SchemaNode, node: SchemaNode): SchemaNode {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const target = ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((at, token) => (at as Record<string, unknown>)[token], schema) as SchemaNode;
  return { ...target, ...node };
}
