/** Alias bombs of several shapes are refused quickly, located on an alias, with a bounded heap. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bigScalarAliased,
  laughsAsKey,
  laughsInList,
  laughsInMap,
  mergeKeyBomb,
} from './hostile-texts.js';
import { expectFindings, expectInside, onlyFinding, validateWithBin } from './spawn-yuan.js';
import { temporaryTree } from '../helpers/temp-folders.js';

const folder = temporaryTree({}, 'yuan-bombs');

describe('alias bombs through the real bin', () => {
  it.each([
    ['billion laughs in a list', 'laughs-list.yaml', laughsInList()],
    ['billion laughs in a mapping', 'laughs-map.yaml', laughsInMap()],
    ['nested merge keys', 'merge-keys.yaml', mergeKeyBomb()],
    ['a bomb used as a mapping key', 'laughs-key.yaml', laughsAsKey()],
  ])('refuses %s with yaml/alias-limit on an alias', (_shape, name, text) => {
    const path = folder.write(name, text);
    const finding = onlyFinding(expectFindings(validateWithBin(['--format', 'json', path])));
    expect(finding).toMatchObject({ ruleId: 'yaml/alias-limit', severity: 'error' });
    expect(finding.message).toContain('100');
    const line = text.split('\n')[finding.line - 1]!;
    expect(line.slice(finding.column - 1)).toMatch(/^\*/);
    expectInside([finding], text);
  });

  it.each([
    [
      'a condition',
      'stages:\n  s0:\n    on:\n      go: { goto: s1, when: &w { all: [ { var: v, gt: 1 }, *w ] } }\n',
    ],
    ['an x- extension', 'stages: &s\n  s0: { title: S, phase: response, x-loop: *s }\n'],
    ['the whole document', 'x-self: *root\n'],
  ])(
    'refuses an alias inside the node it names (in %s) instead of recursing forever',
    (_where, tail) => {
      const text = `${tail.startsWith('x-self') ? '&root\n' : ''}yuan: 1\nkind: plan\nid: a\ntitle: t\n${tail}`;
      const path = folder.write(`cycle-${tail.length}.yaml`, text);
      const finding = onlyFinding(expectFindings(validateWithBin(['--format', 'json', path])));
      expect(finding).toMatchObject({ ruleId: 'yaml/alias-limit', severity: 'error' });
      expect(finding.message).toContain('contains it');
      const line = text.split('\n')[finding.line - 1]!;
      expect(line.slice(finding.column - 1)).toMatch(/^\*/);
    },
  );

  it('keeps a 1 MB scalar aliased 90 times out of the messages', () => {
    const text = bigScalarAliased();
    const path = folder.write('big-scalar.yaml', text);
    const run = validateWithBin(['--format', 'json', path]);
    const [file] = expectFindings(run);
    expect(file!.findings.length).toBeGreaterThan(0);
    expectInside(file!.findings, readFileSync(path, 'utf8'));
    // Each message may quote the start of the value, never the whole of it.
    expect(run.stdout.length).toBeLessThan(1_000_000);
  });
});
