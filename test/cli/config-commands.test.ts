/**
 * yuan.config.yaml counts the same for every command that checks a plan (validate, drill,
 * compile, paths, readiness): its rule settings, `today` and `maxFileSize` are used, and a
 * config with errors is refused with every problem listed (exit 2). `yuan init` reads no config.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { workspace } from '../helpers/temp-folders.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const repositoryFile = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The school fire plan, reviewed and drilled 2020-01-01 (drill due 2020-07, review 2021-01). */
const SCHOOL_PLAN = repositoryFile('examples/school-fire.yaml')
  .replace(/^review: .*$/m, 'review: { last: 2020-01-01, every_months: 12 }')
  .replace(/^drill: .*$/m, 'drill: { last: 2020-01-01, every_months: 6 }');
const SCHOOL_FILES = {
  'school-fire.yaml': SCHOOL_PLAN,
  'school-fire-drill.yaml': repositoryFile('examples/school-fire-drill.yaml'),
  'answers.yaml': repositoryFile('examples/answers/school-fire-drill.yaml'),
};
const OVERDUE_IS_ERROR =
  'rules:\n  lifecycle/drill-overdue: error\n  lifecycle/review-overdue: error\n';
const DRILL = ['drill', 'school-fire-drill.yaml', '--answers', 'answers.yaml', '--report', 'json'];

const MINI_PLAN = `yuan: 1
kind: plan
id: mini
title: Mini
stages:
  standby: { title: Standby, phase: preparation, initial: true, on: { alarm: over } }
  over: { title: Over, phase: recovery, final: true }
`;
const BROKEN_CONFIG = 'rules:\n  schema: loud\ntoday: soon\n';
const BROKEN_CONFIG_LINES = [
  'yuan: cannot use the config file yuan.config.yaml:',
  '  yuan.config.yaml:2:11: set rule `schema` to `off`, `warn` or `error`, not `loud`',
  '  yuan.config.yaml:3:8: `today` is a date written YYYY-MM-DD (e.g. 2024-03-10), not `soon`',
];

async function yuan(argv: string[], cwd: string) {
  const io = fakeIo({ cwd });
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('yuan drill uses the config', () => {
  it("checks the plan on the config's today, not the clock's", async () => {
    // On 2020-02-01 neither cycle is due: the drill runs whatever the real date.
    const onTime = workspace({
      ...SCHOOL_FILES,
      'yuan.config.yaml': `${OVERDUE_IS_ERROR}today: 2020-02-01\n`,
    });
    const played = await yuan(DRILL, onTime);
    expect(played.err).not.toContain('overdue');
    expect(played.code).toBe(0);
    expect(JSON.parse(played.out)).toMatchObject({ score: 88.9, finished: true });
    // On 2020-08-01 the drill is a month overdue, an error by the config: the drill is refused.
    const late = workspace({
      ...SCHOOL_FILES,
      'yuan.config.yaml': `${OVERDUE_IS_ERROR}today: 2020-08-01\n`,
    });
    const refused = await yuan(DRILL, late);
    expect(refused.code).toBe(1);
    expect(refused.out).toBe('');
    expect(refused.err).toContain('lifecycle/drill-overdue');
    expect(refused.err).not.toContain('lifecycle/review-overdue');
  });

  it("refuses a plan over the config's maxFileSize", async () => {
    const cwd = workspace({ ...SCHOOL_FILES, 'yuan.config.yaml': 'maxFileSize: 4000\n' });
    const { code, out, err } = await yuan(DRILL, cwd);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('school-fire.yaml');
    expect(err).toContain(`has ${Buffer.byteLength(SCHOOL_PLAN)} bytes, over the limit of 4000`);
  });
});

describe('a config with problems is refused by every command that checks plans', () => {
  it.each([
    ['validate', ['validate', 'plans']],
    ['compile', ['compile', 'plans/mini.yaml']],
    ['paths', ['paths', 'plans/mini.yaml']],
    ['readiness', ['readiness', 'plans/mini.yaml']],
    ['drill', ['drill', 'plans/mini.yaml']],
  ])('%s lists every problem with its line, exit 2', async (_name, argv) => {
    const cwd = workspace({ 'plans/mini.yaml': MINI_PLAN, 'yuan.config.yaml': BROKEN_CONFIG });
    const { code, out, err } = await yuan(argv, cwd);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trimEnd().split('\n')).toEqual(BROKEN_CONFIG_LINES);
  });

  it('yuan init reads no config: it writes its plan beside a broken one', async () => {
    const cwd = workspace({ 'yuan.config.yaml': BROKEN_CONFIG });
    const { code } = await yuan(['init', 'plans', '--yes', '--today', '2026-11-28'], cwd);
    expect(code).toBe(0);
  });
});

describe('compile, paths and readiness use the config', () => {
  it.each([
    ['compile', ['compile', 'school-fire.yaml']],
    ['paths', ['paths', 'school-fire.yaml']],
    ['readiness', ['readiness', 'school-fire.yaml', '--format', 'json']],
  ])("%s checks the plan on the config's today", async (_name, argv) => {
    const onTime = workspace({
      ...SCHOOL_FILES,
      'yuan.config.yaml': `${OVERDUE_IS_ERROR}today: 2020-02-01\n`,
    });
    expect((await yuan(argv, onTime)).code).toBe(0);
    const late = workspace({
      ...SCHOOL_FILES,
      'yuan.config.yaml': `${OVERDUE_IS_ERROR}today: 2020-08-01\n`,
    });
    const refused = await yuan(argv, late);
    expect(refused.code).toBe(1);
    expect(refused.out + refused.err).toContain('lifecycle/drill-overdue');
  });

  it.each([
    ['compile', ['compile', 'school-fire.yaml'], 2],
    ['paths', ['paths', 'school-fire.yaml'], 2],
    ['readiness', ['readiness', 'school-fire.yaml'], 2],
  ])("%s refuses a plan over the config's maxFileSize", async (_name, argv, exitCode) => {
    const cwd = workspace({ ...SCHOOL_FILES, 'yuan.config.yaml': 'maxFileSize: 4000\n' });
    const { code, out, err } = await yuan(argv, cwd);
    expect(code).toBe(exitCode);
    expect(out + err).toContain('over the limit of 4000');
  });

  it("readiness leaves out a scenario file over the config's maxFileSize", async () => {
    const scenario = repositoryFile('examples/school-fire-drill.yaml');
    const size = Buffer.byteLength(scenario);
    expect(size).toBeLessThan(Buffer.byteLength(SCHOOL_PLAN));
    const listed = async (maxFileSize: number) => {
      const cwd = workspace({
        ...SCHOOL_FILES,
        // The plan itself stays under the limit; only the scenario file beside it is over.
        'school-fire-drill.yaml': `${scenario}#${'-'.repeat(20_000)}\n`,
        'yuan.config.yaml': `maxFileSize: ${maxFileSize}\ntoday: 2020-02-01\n`,
      });
      const { code, out } = await yuan(['readiness', 'school-fire.yaml', '--format', 'json'], cwd);
      expect(code).toBe(0);
      const report = JSON.parse(out) as { lifecycle: { scenarios: { id: string }[] } };
      return report.lifecycle.scenarios.map((entry) => entry.id);
    };
    expect(await listed(100_000)).toContain('school-fire-drill');
    expect(await listed(15_000)).not.toContain('school-fire-drill');
  });
});
