/**
 * docs/format.md: its field reference is what the generator makes of the schema now, the
 * generator follows the schema's structure (new kinds and properties appear by themselves), and
 * the page's example plan, scenario and answers file pass `yuan validate` and drill as it says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FORMAT_DOCS,
  END_MARKER,
  START_MARKER,
  fieldReference,
  generatedPart,
  kindSections,
  withFieldReference,
  type SchemaNode,
} from '../../../scripts/field-reference.js';
import { run } from '../../../src/cli/main.js';
import { fakeIo } from '../../helpers/fake-io.js';
import { workspace } from '../../helpers/temp-folders.js';
import { ROOT, exampleFiles, readPage } from './markdown.js';

const schema = JSON.parse(
  readFileSync(join(ROOT, 'schemas/yuan.schema.json'), 'utf8'),
) as SchemaNode;

describe('the field reference of docs/format.md', () => {
  it('is what `npm run generate:docs` makes of schemas/yuan.schema.json now', () => {
    const page = readPage(FORMAT_DOCS);
    expect(
      generatedPart(page),
      `${FORMAT_DOCS} is out of date with schemas/yuan.schema.json: run \`npm run generate:docs\``,
    ).toBe(fieldReference(schema));
  });

  it('lists every property of every kind with its English description and Chinese term', () => {
    const [plan, scenario] = kindSections(schema);
    expect([plan!.selector, scenario!.selector]).toEqual(['kind: plan', 'kind: scenario']);
    expect(plan!.rows.find((row) => row.path === 'stages.<stage>.decisions[].within')).toEqual({
      path: 'stages.<stage>.decisions[].within',
      type: 'duration',
      required: 'no',
      description:
        "The plan's own target for deciding, from when the decision opens (e.g. 2h); drills score latency against it.",
      term: '决策时限',
    });
    expect(scenario!.rows.find((row) => row.path === 'injects[].at')).toMatchObject({
      type: 'durationOrZero',
      required: 'yes',
    });
    for (const row of [...plan!.rows, ...scenario!.rows]) expect(row.description).not.toBe('');
  });
});

describe('the generator', () => {
  /** A small schema in the shape of yuan's: a root that switches on `kind`. */
  const small = (extraKinds: SchemaNode[] = [], noteProperties: SchemaNode = {}): SchemaNode => ({
    type: 'object',
    allOf: [
      {
        if: { properties: { kind: { const: 'note' } }, required: ['kind'] },
        then: { $ref: '#/$defs/note' },
      },
      ...extraKinds,
    ],
    $defs: {
      id: { $comment: 'A kebab-case id.', type: 'string', pattern: '^[a-z]+$' },
      note: {
        description: 'A note.',
        markdownDescription: '**Note** (笔记) — A note.',
        type: 'object',
        required: ['kind', 'id'],
        properties: {
          kind: { const: 'note', description: 'This is a note.' },
          id: { $ref: '#/$defs/id', description: 'The id | name.' },
          tree: { $ref: '#/$defs/tree' },
          ...noteProperties,
        },
      },
      tree: {
        description: 'A tree: a leaf, or children that are trees.',
        markdownDescription: '**Tree** (树) — A tree.',
        if: { type: 'string' },
        then: { $ref: '#/$defs/id' },
        else: {
          type: 'object',
          required: ['children'],
          properties: {
            children: {
              type: 'array',
              description: 'The <sub>trees.',
              items: { $ref: '#/$defs/tree' },
            },
          },
        },
      },
    },
  });

  it('makes one table per kind, stops where a definition holds itself, and escapes cells', () => {
    const text = fieldReference(small());
    expect(text.startsWith(START_MARKER) && text.endsWith(END_MARKER)).toBe(true);
    expect(text).toContain('### `kind: note`: Note (笔记)');
    expect(text).toContain('| `id` | id | yes | The id \\| name. |  |');
    expect(text).toContain(
      '| `tree` | id \\| object | no | A tree: a leaf, or children that are trees. | 树 |',
    );
    expect(text).toContain(
      '| `tree.children` | (id \\| object)[] | in its form | The &lt;sub&gt;trees. |  |',
    );
    expect(text).not.toContain('tree.children[].children');
    expect(text).toContain('| `id` | A kebab-case id. | `^[a-z]+$` |');
  });

  it('shows a new kind and a new property without being told', () => {
    const answers: SchemaNode = {
      if: { properties: { kind: { const: 'answers' } } },
      then: {
        description: 'Scripted answers.',
        type: 'object',
        properties: {
          answers: {
            type: 'array',
            description: 'The answers.',
            items: {
              type: 'object',
              properties: { after: { type: 'string', description: 'When.' } },
            },
          },
        },
      },
    };
    const text = fieldReference(
      small([answers], { colour: { type: 'string', description: 'Its colour.' } }),
    );
    expect(text).toContain('### `kind: answers`');
    expect(text).toContain('| `answers[].after` | string | no | When. |  |');
    expect(text).toContain('| `colour` | string | no | Its colour. |  |');
  });

  it('replaces only the part between the markers, and needs them', () => {
    const page = `# Title\n\nBefore.\n\n${START_MARKER}\nstale\n${END_MARKER}\n\nAfter.\n`;
    const updated = withFieldReference(page, small());
    expect(updated).toBe(`# Title\n\nBefore.\n\n${fieldReference(small())}\n\nAfter.\n`);
    expect(() => withFieldReference('# No markers\n', small())).toThrow(
      /generated:field-reference/,
    );
  });
});

describe('the examples of docs/format.md', () => {
  it('pass yuan validate, and the answers drill the scenario to a score of 100', async () => {
    const files = exampleFiles(readPage(FORMAT_DOCS));
    expect(Object.keys(files).sort()).toEqual([
      'july-storm-answers.yaml',
      'july-storm.yaml',
      'riverside-flood.yaml',
    ]);
    const cwd = workspace(files);
    const validate = fakeIo({ cwd });
    const checked = await run(
      [
        'validate',
        'riverside-flood.yaml',
        'july-storm.yaml',
        'july-storm-answers.yaml',
        '--today',
        '2026-12-01',
      ],
      validate,
    );
    expect(validate.out()).toContain('no problems');
    expect(checked).toBe(0);
    const drill = fakeIo({ cwd });
    const args = ['drill', 'july-storm.yaml', '--answers', 'july-storm-answers.yaml'];
    expect(await run([...args, '--report', 'json'], drill)).toBe(0);
    expect(JSON.parse(drill.out())).toMatchObject({ score: 100, rating: 'P', finished: true });
  });
});
