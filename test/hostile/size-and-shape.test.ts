/** Files that are too big, too deep, too long on one line, or not text, through the real bin. */
import { describe, expect, it } from 'vitest';
import {
  densePlan,
  deepBlockMapping,
  deepBlockSequence,
  deepFlowMapping,
  deepFlowSequence,
  longLine,
  noise,
  notUtf8,
  PLAN_HEAD,
  planOfSize,
  unclosedFlow,
  utf16,
  withNul,
} from './hostile-texts.js';
import { expectFindings, expectInside, onlyFinding, validateWithBin } from './spawn-yuan.js';
import { temporaryTree } from '../helpers/temp-folders.js';

const folder = temporaryTree({}, 'yuan-shape');
const LIMIT = 5 * 1024 * 1024;

/** Validates one file written with `content` and returns its findings (exit 1 asserted). */
function findingsFor(name: string, content: string | Buffer) {
  const path = folder.write(name, content);
  const [file] = expectFindings(validateWithBin(['--format', 'json', path]));
  return file!.findings;
}

describe('the size limit (5 MiB by default)', () => {
  it('reads a file one byte under the limit and checks its content', () => {
    const text = planOfSize(LIMIT - 1);
    expect(Buffer.byteLength(text)).toBe(LIMIT - 1);
    const findings = findingsFor('under.yaml', text);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['schema']);
    expect(findings[0]!.message).toContain('stages');
    expectInside(findings, text);
  });

  it('reads a file of exactly the limit', () => {
    const findings = findingsFor('at.yaml', planOfSize(LIMIT));
    expect(findings.map((finding) => finding.ruleId)).toEqual(['schema']);
  });

  it('refuses a file one byte over the limit without parsing it', () => {
    const finding = onlyFinding([
      { file: 'over', findings: findingsFor('over.yaml', planOfSize(LIMIT + 1)) },
    ]);
    expect(finding).toMatchObject({ ruleId: 'file/unreadable', line: 1, column: 1 });
    expect(finding.message).toContain(String(LIMIT + 1));
    expect(finding.message).toContain(String(LIMIT));
  });
});

describe('deep nesting', () => {
  it.each([
    ['100,000 flow sequences', 'deep-flow-seq.yaml', deepFlowSequence()],
    ['100,000 flow mappings', 'deep-flow-map.yaml', deepFlowMapping()],
    ['100,000 block sequences (compact)', 'deep-block-seq.yaml', deepBlockSequence()],
    [
      '3,000 block mappings (as deep as indentation allows in 5 MiB)',
      'deep-block-map.yaml',
      deepBlockMapping(),
    ],
    ['1,000,000 flow sequences never closed', 'unclosed.yaml', unclosedFlow()],
  ])('refuses %s with one located finding', (_shape, name, text) => {
    const findings = findingsFor(name, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'yaml/syntax', severity: 'error' });
    expect(findings[0]!.message).toContain('deeper than 64 levels');
    expectInside(findings, text);
  });
});

describe('the value limit (200,000 mapping entries and list items)', () => {
  it('refuses a realistic plan just under 5 MiB with more values, where it passes the limit', () => {
    const text = densePlan(LIMIT - 1);
    const finding = onlyFinding([{ file: 'dense', findings: findingsFor('dense.yaml', text) }]);
    expect(finding).toMatchObject({ ruleId: 'yaml/syntax', severity: 'error' });
    expect(finding.message).toContain('more than 200000 values');
    // Past the 200,000th value: well into the file, not at its start or its end.
    const lines = text.split('\n').length;
    expect(finding.line).toBeGreaterThan(lines / 3);
    expect(finding.line).toBeLessThan(lines);
  });

  it('refuses a one-line flow list of 1.3 million items', () => {
    const text = `${PLAN_HEAD}stages: [${'1,'.repeat(1_300_000)}1]\n`;
    const finding = onlyFinding([{ file: 'flat', findings: findingsFor('flat.yaml', text) }]);
    expect(finding).toMatchObject({ ruleId: 'yaml/syntax', line: 5 });
    expect(finding.message).toContain('more than 200000 values');
  });
});

describe('very long lines', () => {
  it.each(['plain', 'double', 'single'] as const)(
    'checks a plan whose title is 4 MB on one line (%s scalar)',
    (style) => {
      const text = longLine(4_000_000, style);
      const findings = findingsFor(`long-${style}.yaml`, text);
      // The plan has no stages: the schema says so, on a line that exists.
      expect(findings.map((finding) => finding.ruleId)).toEqual(['schema']);
      expectInside(findings, text);
    },
  );
});

describe('bytes that are not UTF-8 text', () => {
  it('refuses NUL bytes where they are', () => {
    const [finding] = findingsFor('nul.yaml', withNul());
    expect(finding).toMatchObject({ ruleId: 'file/unreadable', line: 3, column: 6 });
    expect(finding!.message).toContain('NUL');
  });

  it('refuses invalid UTF-8 where it is', () => {
    const [finding] = findingsFor('latin1.yaml', notUtf8());
    expect(finding).toMatchObject({ ruleId: 'file/unreadable', line: 4, column: 11 });
    expect(finding!.message).toContain('UTF-8');
  });

  it('refuses a plan saved as UTF-16', () => {
    const [finding] = findingsFor('utf16.yaml', utf16());
    expect(finding).toMatchObject({ ruleId: 'file/unreadable', line: 1 });
  });

  it('refuses 64 KiB of random bytes, whatever the bytes', () => {
    const paths = [1, 2, 3].map((seed) =>
      folder.write(`noise-${seed}.yaml`, noise(64 * 1024, seed)),
    );
    const files = expectFindings(validateWithBin(['--format', 'json', ...paths]));
    expect(files).toHaveLength(3);
    for (const file of files) {
      expect(file.findings.map((finding) => finding.ruleId)).toEqual(['file/unreadable']);
    }
  });
});

describe('odd YAML', () => {
  it('reports mappings and lists used as keys as findings, with nothing on stderr', () => {
    const text = 'yuan: 1\nkind: plan\nid: a\ntitle: t\n? [a, b]\n: 1\nstages: { {x: 1}: 2 }\n';
    const findings = findingsFor('collection-keys.yaml', text);
    expect(findings.map((finding) => finding.ruleId)).toContain('schema');
    expectInside(findings, text);
  });

  it('places syntax errors after a broken multi-line scalar on their real lines', () => {
    const text = '- \n? \n  s0:\n?@\n*>]%-\n\nkind: scenario\n[*}|c{a\n#\nstages:\nkind: plan\n';
    const findings = findingsFor('broken-scalar.yaml', text);
    expect(findings.length).toBeGreaterThan(1);
    expectInside(findings, text);
    expect(findings.some((finding) => finding.line === 8)).toBe(true);
  });
});

describe('very many findings in one file', () => {
  it('reports 100,000 unknown keys, each located', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `k${i}: ${i}\n`).join('');
    const text = `yuan: 1\nkind: plan\nid: many\ntitle: Many\nstages: {}\n${keys}`;
    const findings = findingsFor('many-keys.yaml', text);
    expect(findings.length).toBeGreaterThanOrEqual(100_000);
    expectInside(findings, text);
  });
});
