/** jsonStream writes, piece by piece, exactly the text JSON.stringify gives for the whole. */
import { describe, expect, it } from 'vitest';
import { ITEMS, jsonStream } from '../../../../src/report/findings/json-stream.js';

/** The skeleton of a report: a header, the streamed list, totals known at the end. */
const skeleton = (total: number) => ({ version: 1, tool: { name: 'yuan' }, files: [ITEMS], total });

function streamed(items: unknown[]): string {
  const stream = jsonStream(skeleton(0));
  return items.map((item) => stream.item(item)).join('') + stream.end(skeleton(items.length));
}

describe('jsonStream', () => {
  const whole = (items: unknown[]) =>
    `${JSON.stringify({ ...skeleton(items.length), files: items }, null, 2)}\n`;

  it('writes what JSON.stringify writes for the whole document', () => {
    const items = [
      { file: 'a.yaml', findings: [{ line: 1, message: 'say "x"\n\u0000' }] },
      { file: 'b.yaml', findings: [] },
      'plain',
      [1, [2, { deep: null }]],
    ];
    expect(streamed(items)).toBe(whole(items));
    expect(streamed(items.slice(0, 1))).toBe(whole(items.slice(0, 1)));
  });

  it('writes an empty list as [] with the totals', () => {
    expect(streamed([])).toBe(whole([]));
    expect(streamed([])).toContain('"files": [],');
  });

  it('writes the head with the first item, so nothing is written before there is one', () => {
    const stream = jsonStream(skeleton(0));
    expect(stream.item({ a: 1 })).toMatch(/^\{\n {2}"version": 1,[\s\S]*"files": \[\n {4}\{/);
    expect(stream.item({ a: 2 })).toBe(',\n    {\n      "a": 2\n    }');
  });

  it('refuses a skeleton without the marker', () => {
    expect(() => jsonStream({ files: [] })).toThrow(/no \[ITEMS\]/);
  });
});
