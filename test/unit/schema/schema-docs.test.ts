import { describe, expect, it } from 'vitest';
import {
  compileSchema,
  errorLines,
  resolveRef,
  walkSchema,
  type SchemaNode,
} from './schema-helpers.js';

const { schema, at } = compileSchema();
const HAN = /\p{Script=Han}/u;

/** Every subschema with its pointer, leaving out `if` conditions (they only discriminate). */
function nodes(): [SchemaNode, string][] {
  const found: [SchemaNode, string][] = [];
  walkSchema(schema, (node, pointer) => {
    if (!/\/if(\/|$)/.test(pointer)) found.push([node, pointer]);
  });
  return found;
}

describe('editor documentation in the schema', () => {
  it('gives every property a description and a markdownDescription with the Chinese term', () => {
    const missing: string[] = [];
    for (const [node, pointer] of nodes()) {
      for (const key of ['properties', 'patternProperties']) {
        const props = (node[key] ?? {}) as Record<string, SchemaNode>;
        for (const [name, prop] of Object.entries(props)) {
          const documented = resolveRef(schema, prop);
          const { description, markdownDescription } = documented;
          if (typeof description !== 'string' || description.length < 10)
            missing.push(`${pointer}/${key}/${name}: description`);
          if (typeof markdownDescription !== 'string' || !HAN.test(markdownDescription))
            missing.push(`${pointer}/${key}/${name}: markdownDescription`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('checks a good number of properties (the walk reaches the definitions)', () => {
    let count = 0;
    for (const [node] of nodes()) count += Object.keys(node.properties ?? {}).length;
    expect(count).toBeGreaterThan(100);
  });

  it('explains every definition, with a description or a $comment', () => {
    const defs = schema.$defs as Record<string, SchemaNode>;
    const silent = Object.entries(defs)
      .filter(([, def]) => typeof def.description !== 'string' && typeof def.$comment !== 'string')
      .map(([name]) => name);
    expect(silent).toEqual([]);
  });

  it('gives every enum markdownEnumDescriptions of the same length, in Chinese too', () => {
    const enums = nodes().filter(([node]) => Array.isArray(node.enum));
    expect(enums.length).toBeGreaterThanOrEqual(7);
    for (const [node, pointer] of enums) {
      const texts = node.markdownEnumDescriptions;
      expect(Array.isArray(texts), pointer).toBe(true);
      expect((texts as string[]).length, pointer).toBe((node.enum as unknown[]).length);
      for (const text of texts as string[]) expect(text, pointer).toMatch(HAN);
    }
  });
});

/** Snippet bodies with the first choice or default of every placeholder filled in. */
function fillPlaceholders(body: unknown): unknown {
  const fill = (text: string) =>
    text
      .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\d+/g, '文本');
  if (typeof body === 'string') return fill(body);
  if (Array.isArray(body)) return body.map(fillPlaceholders);
  if (body && typeof body === 'object')
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [fill(k), fillPlaceholders(v)]));
  return body;
}

describe('editor snippets', () => {
  it.each(['stage', 'decision', 'task', 'inject'])(
    'the %s definition has defaultSnippets',
    (name) => {
      const snippets = (schema.$defs as Record<string, SchemaNode>)[name]!.defaultSnippets;
      /* eslint-disable @typescript-eslint/no-unsafe-assignment -- vitest types asymmetric matchers as any */
      expect(snippets).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            label: expect.any(String),
            description: expect.any(String),
            body: expect.any(Object),
          }),
        ]),
      );
      /* eslint-enable @typescript-eslint/no-unsafe-assignment */
    },
  );

  it('inserts skeletons that are valid where they are offered', () => {
    const snippets = nodes().filter(([node]) => Array.isArray(node.defaultSnippets));
    expect(snippets.length).toBeGreaterThanOrEqual(6);
    const invalid: string[] = [];
    for (const [node, pointer] of snippets) {
      for (const snippet of node.defaultSnippets as { label: string; body: unknown }[]) {
        const problems = errorLines(at(pointer), fillPlaceholders(snippet.body));
        if (problems.length > 0)
          invalid.push(`${pointer} "${snippet.label}": ${problems.join(', ')}`);
      }
    }
    expect(invalid).toEqual([]);
  });
});
