import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { Plan, Scenario } from '../../src/model/index.js';
import { fakeIo } from '../helpers/fake-io.js';
import { temporaryFolder } from '../helpers/temp-folders.js';

const TODAY = ['--today', '2026-11-28'];

describe('yuan init --yes', () => {
  it('writes a plan and a scenario from the flags, says so, and both validate clean', async () => {
    const cwd = temporaryFolder('yuan-init');
    const io = fakeIo({ cwd });
    const argv = [
      'init',
      'plans',
      '--template',
      'flood',
      '--yes',
      '--name',
      'Y社区',
      '--population',
      '9000',
    ];
    expect(
      await run(
        [...argv, '--households', '3000', '--team-size', '25', '--site', 'low-point=4', ...TODAY],
        io,
      ),
    ).toBe(0);
    expect(await readdir(join(cwd, 'plans'))).toEqual(['flood-plan.yaml', 'flood-scenario.yaml']);
    const plan = parse(await readFile(join(cwd, 'plans/flood-plan.yaml'), 'utf8')) as Plan;
    expect(plan.scope).toMatchObject({ name: 'Y社区', population: 9000, households: 3000 });
    expect(plan.scope?.sites?.['low-point']).toBe(4);
    expect(plan.roles?.['rescue-team']?.count).toBe(25);
    expect(plan.review).toEqual({ last: '2026-11-28', every_months: 12 });
    const scenario = parse(
      await readFile(join(cwd, 'plans/flood-scenario.yaml'), 'utf8'),
    ) as Scenario;
    expect(scenario.plan).toBe('flood-plan.yaml');
    expect(io.out()).toContain('plans/flood-plan.yaml');
    expect(io.out()).toContain('yuan validate plans/flood-plan.yaml plans/flood-scenario.yaml');
    expect(io.out()).toContain('yuan drill plans/flood-scenario.yaml');
    expect(io.out()).not.toContain('Below the need');

    const check = fakeIo({ cwd });
    expect(await run(['validate', 'plans', ...TODAY], check)).toBe(0);
    expect(check.out()).toContain('no problems');
  });

  it('takes the epidemic template and the working folder by default', async () => {
    const cwd = temporaryFolder('yuan-init');
    expect(await run(['init', '--yes', ...TODAY], fakeIo({ cwd }))).toBe(0);
    expect(await readdir(cwd)).toEqual(['epidemic-plan.yaml', 'epidemic-scenario.yaml']);
  });

  it('sets a stock from --stock and names what is below its need', async () => {
    const cwd = temporaryFolder('yuan-init');
    const io = fakeIo({ cwd });
    expect(await run(['init', '--yes', '--stock', 'thermometer=13', ...TODAY], io)).toBe(0);
    const plan = parse(await readFile(join(cwd, 'epidemic-plan.yaml'), 'utf8')) as Plan;
    expect(plan.resources?.thermometer?.stock).toBe(13);
    expect(io.out()).toContain('Below the need: 测温枪.');
  });

  it('refuses to overwrite either file, naming it, and writes nothing', async () => {
    const cwd = temporaryFolder('yuan-init');
    await writeFile(join(cwd, 'epidemic-scenario.yaml'), 'mine\n');
    const io = fakeIo({ cwd });
    expect(await run(['init', '--yes', ...TODAY], io)).toBe(2);
    expect(io.err()).toBe(
      'yuan: epidemic-scenario.yaml already exists; pass --force to overwrite it\n',
    );
    expect(await readdir(cwd)).toEqual(['epidemic-scenario.yaml']);
    expect(await readFile(join(cwd, 'epidemic-scenario.yaml'), 'utf8')).toBe('mine\n');
  });

  it('overwrites with --force', async () => {
    const cwd = temporaryFolder('yuan-init');
    await writeFile(join(cwd, 'epidemic-plan.yaml'), 'mine\n');
    expect(await run(['init', '--yes', '--force', ...TODAY], fakeIo({ cwd }))).toBe(0);
    expect(await readFile(join(cwd, 'epidemic-plan.yaml'), 'utf8')).toContain('kind: plan');
  });

  it('asks for --yes when there is no terminal, and writes nothing', async () => {
    const cwd = temporaryFolder('yuan-init');
    const io = fakeIo({ cwd });
    expect(await run(['init', '--template', 'fire'], io)).toBe(2);
    expect(io.err()).toContain('pass --yes');
    expect(await readdir(cwd)).toEqual([]);
  });

  it('speaks Chinese', async () => {
    const cwd = temporaryFolder('yuan-init');
    const io = fakeIo({ cwd });
    expect(await run(['init', '--yes', '--lang', 'zh', ...TODAY], io)).toBe(0);
    expect(io.out()).toContain('已写入');
    expect(io.out()).toContain('下一步');
  });
});

describe('yuan init: bad flags are usage errors (exit 2) that name the flag', () => {
  it.each([
    [['--population', '0'], '--population must be a whole number of at least 1, not "0"'],
    [['--population', 'many'], '--population must be a whole number of at least 1, not "many"'],
    [['--households', '1.5'], '--households must be a whole number of at least 1, not "1.5"'],
    [['--team-size', '-3'], '--team-size must be a whole number of at least 1, not "-3"'],
    [
      ['--template', 'tsunami'],
      '--template must be one of epidemic, flood, fire, earthquake, chemical',
    ],
    [['--site', 'checkpoint'], '--site takes ID=N (e.g. checkpoint=9), not "checkpoint"'],
    [['--site', 'checkpoint=x'], '--site checkpoint must be a whole number of at least 0, not "x"'],
    [
      ['--site', 'tank-area=2'],
      '--site: the epidemic template has no "tank-area"; it has checkpoint, building',
    ],
    [['--stock', 'thermometer=-1'], '--stock thermometer must be a number of at least 0, not "-1"'],
    [
      ['--stock', 'sandbag=10'],
      '--stock: the epidemic template has no "sandbag"; it has thermometer,',
    ],
    [['--name', ' '], '--name must be 1 to 100 characters'],
    [['--name', 'a\nb'], '--name must be 1 to 100 characters'],
    [['--name', 'x'.repeat(101)], '--name must be 1 to 100 characters'],
    [['--today', '2026-02-30'], '--today must be a date written YYYY-MM-DD'],
  ])('%j', async (flags, message) => {
    const cwd = temporaryFolder('yuan-init');
    const io = fakeIo({ cwd });
    expect(await run(['init', '--yes', ...flags], io)).toBe(2);
    expect(io.err()).toContain(message);
    expect(await readdir(cwd)).toEqual([]);
  });
});
