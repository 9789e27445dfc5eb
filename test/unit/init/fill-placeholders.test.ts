import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyEdits, fillPlaceholders } from '../../../src/init/index.js';

const template = [
  '# {{name}} stays in comments',
  'title: "{{name}}应急预案" # kept',
  'scope: { name: "{{name}}", population: "{{population}}" }',
  'plain: text',
  '',
].join('\n');

describe('fillPlaceholders', () => {
  it('writes numbers as numbers and text as text, keeping comments and layout', () => {
    const text = fillPlaceholders(template, { name: 'X社区', population: 7308 });
    expect(text).toBe(
      [
        '# {{name}} stays in comments',
        'title: "X社区应急预案" # kept',
        'scope: { name: "X社区", population: 7308 }',
        'plain: text',
        '',
      ].join('\n'),
    );
  });

  it('keeps hostile names as plain text: quotes, colons, hashes, newlines, YAML syntax', () => {
    const name = 'A: "b" #c\n- d: [e] {{population}} &x *x !!js/function';
    const data = parse(fillPlaceholders(template, { name, population: 1 })) as {
      title: string;
      scope: { name: string; population: number };
      plain: string;
    };
    expect(data.scope.name).toBe(name);
    expect(data.title).toBe(`${name}应急预案`);
    expect(data.scope.population).toBe(1);
    expect(data.plain).toBe('text');
  });

  it('refuses a template whose placeholder has no value', () => {
    expect(() => fillPlaceholders(template, { name: 'X' })).toThrow(/population/);
  });
});

describe('applyEdits', () => {
  it('applies edits given in any order', () => {
    const edits = [
      { start: 0, end: 1, text: 'A' },
      { start: 4, end: 5, text: 'E' },
    ];
    expect(applyEdits('abcde', edits)).toBe('AbcdE');
    expect(applyEdits('abcde', [...edits].reverse())).toBe('AbcdE');
  });
});
