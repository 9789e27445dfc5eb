import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/load/index.js';
import { en, zh } from '../../helpers/translate.js';

const parse = (text: string) => parseText(text, { file: 'plan.yaml', t: en });

/** The offset in `text` of a 1-based line and column. */
function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  return lines.slice(0, line - 1).reduce((sum, each) => sum + each.length + 1, 0) + column - 1;
}

describe('parseText', () => {
  it('returns the data and the position of every key and value', () => {
    const { document, findings } = parse(
      'yuan: 1\nkind: plan\nstages:\n  standby:\n    title: 常态\n',
    );
    expect(findings).toEqual([]);
    expect(document?.data).toEqual({
      yuan: 1,
      kind: 'plan',
      stages: { standby: { title: '常态' } },
    });
    const map = document!.sourceMap;
    expect(map.locate('/stages/standby', 'key').start).toEqual({ line: 4, column: 3 });
    expect(map.locate('/stages/standby/title').start).toEqual({ line: 5, column: 12 });
    expect(map.locate('/stages/standby/missing', 'key').start).toEqual({ line: 4, column: 3 });
  });

  it('places list items and escapes pointer tokens', () => {
    const { document } = parse('a/b:\n  - x\n  - y\n');
    expect(document!.sourceMap.locate('/a~1b/1').start).toEqual({ line: 3, column: 5 });
  });

  it('refuses duplicate keys with the key named', () => {
    const { document, findings } = parse('id: a\nid: b\n');
    expect(document).toBeUndefined();
    expect(findings).toMatchObject([{ ruleId: 'yaml/duplicate-key', line: 2, column: 1 }]);
    expect(findings[0]!.message).toContain('id');
  });

  it('reports syntax errors at their position', () => {
    const { findings } = parse('a: [1, 2\nb: 3\n');
    expect(findings[0]).toMatchObject({ ruleId: 'yaml/syntax', severity: 'error' });
    expect(findings[0]!.line).toBeGreaterThan(0);
  });

  it('refuses an alias bomb quickly', () => {
    const rows = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [name, prev] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
      ['g', 'f'],
    ]) {
      rows.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const { document, findings } = parse(rows.join('\n'));
    expect(document).toBeUndefined();
    expect(findings).toMatchObject([{ ruleId: 'yaml/alias-limit', line: 2 }]);
  });

  it('refuses several documents, empty files and deep nesting', () => {
    expect(parse('a: 1\n---\nb: 2\n').findings).toMatchObject([{ ruleId: 'yaml/syntax', line: 2 }]);
    expect(parse('').findings).toMatchObject([{ ruleId: 'schema' }]);
    expect(parse('# only a comment\n').findings).toMatchObject([{ ruleId: 'schema' }]);
    expect(parse('['.repeat(200) + ']'.repeat(200)).findings[0]!.message).toContain('64');
  });

  it.each([
    ['flow sequences', `a: ${'['.repeat(500_000)}${']'.repeat(500_000)}\n`],
    ['flow mappings', `a: ${'{a: '.repeat(100_000)}1${'}'.repeat(100_000)}\n`],
    ['flow collections never closed', `a: ${'[{"k": '.repeat(200_000)}\n`],
    [
      'block sequences',
      `${Array.from({ length: 20_000 }, (_, i) => `${' '.repeat(i)}-`).join('\n')}\n`,
    ],
  ])('stops hostile nesting of %s in the parser, where it runs away', (_shape, text) => {
    const { document, findings } = parse(text);
    expect(document).toBeUndefined();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'yaml/syntax' });
    expect(findings[0]!.message).toContain('nests deeper than 64');
    // Past the 64th level, yet near it: not at the start, not at the end of the file.
    const offset = offsetOf(text, findings[0]!.line, findings[0]!.column);
    expect(offset).toBeGreaterThan(64);
    expect(offset).toBeLessThan(text.length / 10);
  });

  it('counts values (mapping entries and list items) and refuses one past the limit, where it is', () => {
    const limited = (text: string) =>
      parseText(text, { file: 'plan.yaml', t: en, limits: { maxValues: 6 } });
    expect(limited('a: 1\nb: [1, 2]\nc: { d: 3 }\n').findings).toEqual([]);
    const over = limited('a: 1\nb: [1, 2]\nc: { d: 3 }\ne:\n  - 4\n');
    expect(over.document).toBeUndefined();
    expect(over.findings).toMatchObject([{ ruleId: 'yaml/syntax', severity: 'error', line: 4 }]);
    expect(over.findings[0]!.message).toContain('more than 6 values');
    const zhOver = parseText('- 1\n- 2\n', { file: 'p.yaml', t: zh, limits: { maxValues: 1 } });
    expect(zhOver.findings[0]!.message).toContain('超过 1 个值');
  });

  it.each([
    ['a flow list', `[${'1,'.repeat(200_000)}1]\n`, 1],
    ['a block list', '- 1\n'.repeat(200_001), 200_001],
    ['a mapping', Array.from({ length: 200_001 }, (_, i) => `k${i}: ${i}\n`).join(''), 200_001],
  ])('refuses %s of more than 200,000 values by default', (_shape, text, line) => {
    const { document, findings } = parse(text);
    expect(document).toBeUndefined();
    expect(findings).toMatchObject([{ ruleId: 'yaml/syntax', line }]);
    expect(findings[0]!.message).toContain('more than 200000 values');
  });

  it('reads 100,000 entries, as many as a hostile but possible plan has', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `k${i}: ${i}\n`).join('');
    expect(parse(text).findings).toEqual([]);
  });

  it('keeps __proto__ and constructor as ordinary keys', () => {
    const { document } = parse('__proto__: { polluted: 1 }\nconstructor: 2\n');
    const data = document!.data as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
  });

  it('speaks Chinese when asked', () => {
    const { findings } = parseText('', { file: 'p.yaml', t: zh });
    expect(findings[0]!.message).toContain('文件为空');
  });
});
