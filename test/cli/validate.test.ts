/** `yuan validate` end to end through run(argv, io): options, config, exit codes, formats. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { workspace } from '../helpers/temp-folders.js';

const PLAN = `yuan: 1
kind: plan
id: mini
title: Mini
stages:
  standby: { title: Standby, phase: preparation, initial: true, on: { alarm: over } }
  over: { title: Over, phase: recovery, final: true }
`;
const TYPO = PLAN.replace('final: true', 'finall: true');
const SCENARIO = `yuan: 1
kind: scenario
id: drill
title: Drill
plan: ../plans/mini.yaml
injects:
  - { id: alarm, at: 0s, message: Alarm, event: alarm }
`;

/** The parts of `yuan validate --format json` these tests read. */
interface FindingsJson {
  files: { file: string; findings: { ruleId: string }[] }[];
  errorCount: number;
}

async function yuan(args: string[], cwd: string, env: Record<string, string> = {}) {
  const io = fakeIo({ cwd, env });
  const code = await run(['validate', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('yuan validate: exit codes', () => {
  it('exits 0 on clean plans and scenarios, under plans/ by default', async () => {
    const cwd = workspace({ 'plans/mini.yaml': PLAN, 'drills/drill.yaml': SCENARIO });
    const defaulted = await yuan(['--today', '2024-03-10', '--format', 'json'], cwd);
    expect(defaulted.code).toBe(0);
    expect((JSON.parse(defaulted.out) as FindingsJson).files.map((file) => file.file)).toEqual([
      'plans/mini.yaml',
    ]);
    const both = await yuan(['plans', 'drills', '--today', '2024-03-10', '--format', 'json'], cwd);
    expect((JSON.parse(both.out) as FindingsJson).errorCount).toBe(0);
    expect(both.code).toBe(0);
  });

  it('exits 1 on errors', async () => {
    const cwd = workspace({ 'plans/mini.yaml': TYPO });
    expect((await yuan([], cwd)).code).toBe(1);
  });

  it('exits 1 on more warnings than --max-warnings allows, and says so', async () => {
    const cwd = workspace({
      'plans/mini.yaml': TYPO,
      'yuan.config.yaml': 'rules:\n  schema: warn\n',
    });
    expect((await yuan([], cwd)).code).toBe(0);
    expect((await yuan(['--max-warnings', '1'], cwd)).code).toBe(0);
    const strict = await yuan(['--max-warnings', '0'], cwd);
    expect(strict.code).toBe(1);
    expect(strict.err).toBe('yuan: 1 warnings, more than --max-warnings 0 allows\n');
  });

  it('exits 2 when a PATH matches nothing, naming it', async () => {
    const cwd = workspace({ 'plans/mini.yaml': PLAN });
    const result = await yuan(['plans', 'nothing/*.yaml'], cwd);
    expect(result).toEqual({
      code: 2,
      out: '',
      err: 'yuan: no plan or scenario file matches nothing/*.yaml; name .yaml files, folders or globs\n',
    });
  });

  it('exits 2 when there is no plans/ folder to check by default', async () => {
    const result = await yuan([], workspace({}));
    expect(result.code).toBe(2);
    expect(result.err).toContain('there is no plans/ folder');
  });
});

describe('yuan validate: option mistakes are one line and exit 2', () => {
  it.each([
    [['--format', 'xml'], '--format must be one of stylish, json, sarif, github, junit, not "xml"'],
    [['--max-warnings', '-1'], '--max-warnings must be a whole number of 0 or more, not "-1"'],
    [['--max-warnings', 'many'], '--max-warnings must be a whole number of 0 or more, not "many"'],
    [['--today', '2024-02-30'], '--today must be a date written YYYY-MM-DD'],
    [['--today', 'yesterday'], '--today must be a date written YYYY-MM-DD'],
    [['--max-file-size', '0'], '--max-file-size must be a whole number of bytes greater than 0'],
    [['--max-file-size', '1e6'], '--max-file-size must be a whole number of bytes greater than 0'],
  ])('%j', async (args, message) => {
    const result = await yuan(args, workspace({ 'plans/mini.yaml': PLAN }));
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err.split('\n')).toEqual([expect.stringContaining(message), '']);
  });

  it('names a --config file that cannot be read', async () => {
    const result = await yuan(['--config', 'missing.yaml'], workspace({ 'plans/mini.yaml': PLAN }));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^yuan: missing\.yaml:1:1: cannot read the file \(ENOENT\)/);
  });

  it('names the file and line of an unknown rule in the config', async () => {
    const cwd = workspace({
      'plans/mini.yaml': PLAN,
      'yuan.config.yaml': '# team settings\nrules:\n  graph/trapp: off\n',
    });
    const result = await yuan([], cwd);
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'yuan: yuan.config.yaml:3:3: unknown rule `graph/trapp` (`yuan explain` lists the rules); did you mean `graph/trap`?\n',
    );
  });

  it('lists every problem of the config, each with its line', async () => {
    const cwd = workspace({
      'plans/mini.yaml': PLAN,
      'settings.yaml': 'rules:\n  schema: loud\ntoday: soon\n',
    });
    const result = await yuan(['--config', 'settings.yaml'], cwd);
    expect(result.code).toBe(2);
    expect(result.err.trimEnd().split('\n')).toEqual([
      'yuan: cannot use the config file settings.yaml:',
      '  settings.yaml:2:11: set rule `schema` to `off`, `warn` or `error`, not `loud`',
      '  settings.yaml:3:8: `today` is a date written YYYY-MM-DD (e.g. 2024-03-10), not `soon`',
    ]);
  });
});

describe('yuan validate: config, language, formats, help', () => {
  it('finds yuan.config.yaml in a folder above the working folder', async () => {
    const root = workspace({
      'yuan.config.yaml': 'rules:\n  schema: off\n',
      'team/plans/mini.yaml': TYPO,
    });
    expect((await yuan([], join(root, 'team'))).code).toBe(0);
  });

  it('takes today from the config when --today is not given, and --today over it', async () => {
    const reviewed = PLAN.replace(
      'stages:',
      'review: { last: 2024-01-01, every_months: 12 }\nstages:',
    );
    const cwd = workspace({
      'plans/mini.yaml': reviewed,
      'yuan.config.yaml': 'today: 2026-01-01\n',
    });
    const ruleIds = async (args: string[]) =>
      (
        JSON.parse((await yuan(['--format', 'json', ...args], cwd)).out) as FindingsJson
      ).files[0]!.findings.map((finding) => finding.ruleId);
    expect(await ruleIds([])).toContain('lifecycle/review-overdue');
    expect(await ruleIds(['--today', '2024-03-10'])).not.toContain('lifecycle/review-overdue');
  });

  it('speaks Chinese with --lang zh or a zh locale', async () => {
    const cwd = workspace({ 'plans/mini.yaml': TYPO });
    const flag = await yuan(['--lang', 'zh'], cwd);
    expect(flag.out).toContain('未知的键 `finall`：是否想写 `final`？');
    const locale = await yuan([], cwd, { LANG: 'zh_CN.UTF-8' });
    expect(locale.out).toContain('未知的键 `finall`');
  });

  it('writes every format', async () => {
    const cwd = workspace({ 'plans/mini.yaml': TYPO });
    const sarif = JSON.parse((await yuan(['--format', 'sarif'], cwd)).out) as Log;
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results![0]!.ruleId).toBe('schema');
    expect((await yuan(['--format', 'github'], cwd)).out).toMatch(
      /^::error file=plans\/mini\.yaml,line=7,/m,
    );
    expect((await yuan(['--format', 'junit'], cwd)).out).toContain('<testsuite');
    expect(
      (JSON.parse((await yuan(['--format', 'json'], cwd)).out) as FindingsJson).errorCount,
    ).toBe(1);
    expect((await yuan(['--format', 'stylish'], cwd)).out).toContain('7:41');
  });

  it('shows examples in --help', async () => {
    const result = await yuan(['--help'], process.cwd());
    expect(result.code).toBe(0);
    expect(result.out).toContain('Examples:');
    expect(result.out).toContain('yuan validate --format sarif');
    expect(result.out).toContain('--max-warnings <n>');
  });
});
