import { describe, expect, it } from 'vitest';
import { deepFlowAt } from '../../../src/load/deep-flow.js';
import { parseText } from '../../../src/load/index.js';
import { en } from '../../helpers/translate.js';

describe('deepFlowAt', () => {
  it('finds the bracket that nests too deep', () => {
    expect(deepFlowAt('a: [[[1]]]\n', 3)).toBe(-1);
    expect(deepFlowAt('a: [[[[1]]]]\n', 3)).toBe(6);
    expect(deepFlowAt('a: {b: {c: {d: [1]}}}\n', 3)).toBe(15);
  });

  it('ignores brackets in quotes, comments and the middle of plain text', () => {
    const text = `a: "[[[[[["\nb: '[[[[['\n# [[[[[[\nc: see [[[[[[ in the text\nd: it's [[[[[[\n`;
    expect(deepFlowAt(text, 2)).toBe(-1);
  });

  it('refuses a hostile document quickly, before the parser, at the bracket', () => {
    const text = `a: ${'['.repeat(500_000)}${']'.repeat(500_000)}\n`;
    const { findings } = parseText(text, { file: 'deep.yaml', t: en });
    expect(findings).toMatchObject([{ ruleId: 'yaml/syntax', line: 1, column: 4 + 128 }]);
    expect(findings[0]!.message).toContain('nests deeper than 64');
  });
});
