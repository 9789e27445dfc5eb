import { describe, expect, it } from 'vitest';
import { Composer, LineCounter, Parser } from 'yaml';
import { mapSource } from '../../../src/load/source-map.js';

/** The source map of one YAML document, as parseText builds it. */
function mapOf(text: string) {
  const lines = new LineCounter();
  const [document] = new Composer({ uniqueKeys: false }).compose(
    new Parser(lines.addNewLine).parse(text),
  );
  return mapSource(document!.contents, lines);
}

/** `line:column-line:column` of a range. */
function at(range: { start: { line: number; column: number }; end: typeof range.start }) {
  return `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;
}

describe('mapSource', () => {
  const text = `title: Plan
stages:
  standby:
    on: { alert: warning }
  warning: {}
list:
  - first
  - [a, b]
"a/b~c": 1
empty:
`;
  const { sourceMap } = mapOf(text);

  it('places keys and values of mappings and items of lists', () => {
    expect(at(sourceMap.locate('/title'))).toBe('1:8-1:12');
    expect(at(sourceMap.locate('/title', 'key'))).toBe('1:1-1:6');
    expect(at(sourceMap.locate('/stages/standby/on/alert'))).toBe('4:18-4:25');
    expect(at(sourceMap.locate('/list/1/0'))).toBe('8:6-8:7');
    expect(at(sourceMap.locate('/list/1', 'key'))).toBe('8:5-8:11');
  });

  it('reads escaped pointer tokens, and only canonical list indexes', () => {
    expect(at(sourceMap.locate('/a~1b~0c', 'key'))).toBe('9:1-9:8');
    expect(sourceMap.has('/list/0')).toBe(true);
    expect(sourceMap.has('/list/00')).toBe(false);
    expect(sourceMap.has('/list/2')).toBe(false);
    expect(sourceMap.has('/list/-1')).toBe(false);
  });

  it('gives the nearest existing ancestor for an absent pointer, key or value as asked', () => {
    expect(sourceMap.has('/stages/warning/on')).toBe(false);
    expect(sourceMap.locate('/stages/warning/on/x')).toEqual(sourceMap.locate('/stages/warning'));
    expect(sourceMap.locate('/stages/warning/on', 'key')).toEqual(
      sourceMap.locate('/stages/warning', 'key'),
    );
    expect(sourceMap.locate('/nothing')).toEqual(sourceMap.locate(''));
    expect(sourceMap.locate('/title/deeper')).toEqual(sourceMap.locate('/title'));
  });

  it('knows a key without a value', () => {
    expect(sourceMap.has('/empty')).toBe(true);
    expect(sourceMap.locate('/empty', 'key').start).toEqual({ line: 10, column: 1 });
  });

  it('finds entries of a large mapping, the last of a repeated key as the data has it', () => {
    const keys = Array.from({ length: 50 }, (_, i) => `k${i}: ${i}`);
    const { sourceMap: large } = mapOf(`${keys.join('\n')}\nk7: again\n`);
    expect(large.locate('/k49').start).toEqual({ line: 50, column: 6 });
    expect(large.locate('/k7').start).toEqual({ line: 51, column: 5 });
    expect(large.has('/k50')).toBe(false);
  });

  it('reports depth, the first alias, and keys repeated within one mapping only', () => {
    const mapped = mapOf('a: {x: 1}\na: {x: 2}\nb: [[*c]]\nd: &c [*c]\n');
    expect(mapped.depth).toBe(4);
    expect(at(mapped.firstAlias!)).toBe('3:6-3:8');
    expect(mapped.duplicateKeys).toEqual([
      { key: 'a', range: { start: { line: 2, column: 1 }, end: { line: 2, column: 2 } } },
    ]);
  });

  it('does not follow aliases: their inside has no place of its own', () => {
    const { sourceMap: aliased } = mapOf('a: &x { b: 1 }\nc: *x\n');
    expect(aliased.has('/a/b')).toBe(true);
    expect(aliased.has('/c/b')).toBe(false);
    expect(aliased.locate('/c/b')).toEqual(aliased.locate('/c'));
  });

  it('places nothing in an empty document', () => {
    const empty = mapSource(null, new LineCounter());
    expect(empty.sourceMap.has('')).toBe(false);
    expect(empty.sourceMap.locate('/a').start).toEqual({ line: 1, column: 1 });
    expect(empty.depth).toBe(0);
  });
});
