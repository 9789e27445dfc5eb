/** cli.md "Bad input": every broken file gets one located finding and exit code 1, never a crash. */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { temporaryFolder } from '../helpers/temp-folders.js';

const BAD = 'test/fixtures/bad';

interface JsonReport {
  files: {
    file: string;
    findings: { ruleId: string; line: number; column: number; message: string }[];
  }[];
}

async function validate(args: string[], cwd = process.cwd()) {
  const io = fakeIo({ cwd });
  const code = await run(['validate', '--format', 'json', '--today', '2024-03-10', ...args], io);
  const report = io.out() ? (JSON.parse(io.out()) as JsonReport) : undefined;
  return { code, report, err: io.err() };
}

const cases: {
  fixture: string;
  args?: string[];
  ruleId: string;
  at: [number, number];
  says: string;
}[] = [
  { fixture: 'malformed-yaml.yaml', ruleId: 'yaml/syntax', at: [7, 1], says: 'quote' },
  {
    fixture: 'duplicate-key.yaml',
    ruleId: 'yaml/duplicate-key',
    at: [6, 1],
    says: 'the key title appears twice',
  },
  { fixture: 'alias-bomb.yaml', ruleId: 'yaml/alias-limit', at: [3, 8], says: 'alias' },
  {
    fixture: 'oversized.yaml',
    args: ['--max-file-size', '1024'],
    ruleId: 'file/unreadable',
    at: [1, 1],
    says: 'over the limit of 1024',
  },
  // Where the parser gives up depends on the stack size: the line is fixed, the column is not.
  { fixture: 'deep-nesting.yaml', ruleId: 'yaml/syntax', at: [6, -1], says: 'nests deeper than' },
  { fixture: 'proto-key.yaml', ruleId: 'schema', at: [6, 1], says: 'unknown key `__proto__`' },
  {
    fixture: 'constructor-key.yaml',
    ruleId: 'schema',
    at: [6, 1],
    says: 'unknown key `constructor`',
  },
  { fixture: 'binary.yaml', ruleId: 'file/unreadable', at: [3, 1], says: 'binary' },
  { fixture: 'not-utf8.yaml', ruleId: 'file/unreadable', at: [4, 9], says: 'UTF-8' },
  { fixture: 'empty.yaml', ruleId: 'schema', at: [1, 1], says: 'empty' },
  {
    fixture: 'multi-document.yaml',
    ruleId: 'yaml/syntax',
    at: [6, 1],
    says: 'second YAML document',
  },
  {
    fixture: 'wrong-kind.yaml',
    ruleId: 'schema',
    at: [3, 7],
    says: '`kind: checklist` is not a kind yuan reads',
  },
  { fixture: 'schema-typo.yaml', ruleId: 'schema', at: [11, 5], says: 'did you mean `final`' },
  {
    fixture: 'scenario-missing-plan.yaml',
    ruleId: 'ref/plan',
    at: [6, 7],
    says: '"./no-such-plan.yaml" does not exist',
  },
  {
    fixture: 'scenario-plan-not-a-plan.yaml',
    ruleId: 'ref/plan',
    at: [6, 7],
    says: 'is not a plan',
  },
  {
    fixture: 'scenario-plan-outside.yaml',
    ruleId: 'ref/plan',
    at: [6, 7],
    says: 'outside the repository',
  },
];

describe('yuan validate on bad input', () => {
  it.each(cases)(
    '$fixture: one $ruleId finding and exit 1',
    async ({ fixture, args, ruleId, at, says }) => {
      const { code, report, err } = await validate([`${BAD}/${fixture}`, ...(args ?? [])]);
      expect(err).toBe('');
      expect(code).toBe(1);
      const findings = report!.files.flatMap((file) => file.findings);
      const [line, column] = at;
      expect(
        findings.map((finding) => [finding.ruleId, finding.line, column < 0 ? -1 : finding.column]),
      ).toEqual([[ruleId, line, column]]);
      expect(findings[0]!.message).toContain(says);
      expect(report!.files.map((file) => file.file)).toEqual([`${BAD}/${fixture}`]);
    },
  );

  it('checks the whole folder of bad inputs in one run, each file once', async () => {
    const { code, report } = await validate([BAD, '--max-file-size', '1024']);
    expect(code).toBe(1);
    expect(report!.files.map((file) => file.file)).toEqual(
      cases.map((entry) => `${BAD}/${entry.fixture}`).sort((a, b) => a.localeCompare(b)),
    );
  });

  it('refuses a file over the default limit of 5 MiB, and one over the config’s maxFileSize', async () => {
    const folder = temporaryFolder('yuan-oversized');
    writeFileSync(join(folder, 'huge.yaml'), `x-padding: "${'a'.repeat(5 * 1024 * 1024)}"\n`);
    const huge = await validate(['huge.yaml'], folder);
    expect(huge.code).toBe(1);
    expect(huge.report!.files[0]!.findings[0]!.message).toContain('over the limit of 5242880');

    copyFileSync(`${BAD}/oversized.yaml`, join(folder, 'oversized.yaml'));
    writeFileSync(join(folder, 'yuan.config.yaml'), 'maxFileSize: 1024\n');
    const small = await validate(['oversized.yaml'], folder);
    expect(small.report!.files[0]!.findings[0]!.message).toContain('over the limit of 1024');
  });

  it('leaves Object.prototype alone after __proto__ and constructor keys', async () => {
    await validate([`${BAD}/proto-key.yaml`, `${BAD}/constructor-key.yaml`]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('shows the offending line with a caret in stylish output', async () => {
    const io = fakeIo();
    const code = await run(['validate', `${BAD}/schema-typo.yaml`], io);
    expect(code).toBe(1);
    expect(io.out()).toContain('11:5');
    expect(io.out()).toContain('finall: true');
    expect(io.out()).toMatch(/\^{6}/);
  });
});
