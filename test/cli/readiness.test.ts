import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { ReadinessReport } from '../../src/report/readiness/index.js';
import { fakeIo } from '../helpers/fake-io.js';
import { temporaryFolder } from '../helpers/temp-folders.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const AS_WAS = 'examples/x-community-as-was.yaml';
const PLAN = 'plans/x-community-epidemic.yaml';
const TODAY = ['--today', '2026-11-28'];

async function readiness(argv: string[], cwd = ROOT) {
  const io = fakeIo({ cwd });
  const code = await run(['readiness', ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

async function json(file: string): Promise<ReadinessReport> {
  const { code, out } = await readiness([file, ...TODAY, '--format', 'json']);
  expect(code).toBe(0);
  return JSON.parse(out) as ReadinessReport;
}

describe('yuan readiness on the X community as it was in January 2020', () => {
  it('names every failure of the seed paper the plan can express', async () => {
    const report = await json(AS_WAS);
    const gap = (id: string) => report.resources.find((r) => r.id === id)!;
    // 13 thermometers, 6 boxes of disinfectant, 12 taxis for 7,308 people.
    expect(gap('thermometer')).toMatchObject({ stock: 13, need: 48, gap: 35 });
    expect(gap('disinfectant')).toMatchObject({ stock: 6, need: 52, gap: 46 }); // 51.66 boxes, rounded up
    expect(gap('transfer-vehicle')).toMatchObject({ stock: 12, need: 15, gap: 3 }); // 14.616 vehicles
    expect(gap('disinfectant').coverDays).toBeCloseTo(6 / 1.23, 5);
    // No one from the clinic in the response group; nothing told to residents under lockdown.
    expect(report.coverage.medicalRoles).toEqual([]);
    expect(report.coverage.stagesWithoutInform).toEqual(['lockdown']);
    // One leader without a deputy; a front line without discretion.
    expect(report.people.singlePointsOfFailure).toEqual(['secretary']);
    const staff = report.people.roles.find((r) => r.id === 'staff')!;
    expect(staff.mustEscalate).toEqual(['sick-transport', 'medicine-shortage']);
    expect(report.people.roles.find((r) => r.id === 'secretary')!.mustEscalate).toEqual([
      'lockdown-decision',
    ]);
    // Never drilled since 2014.
    expect(report.lifecycle.drill).toMatchObject({ record: 'none', overdue: true });
    expect(new Set(report.gaps.map((g) => g.ruleId))).toEqual(
      new Set([
        'readiness/shortfall',
        'readiness/medical-role',
        'readiness/inform-public',
        'authority/no-deputy',
        'authority/escalation',
        'lifecycle/drill-overdue',
      ]),
    );
  });

  it('puts one gap of each kind in the short list, each saying what to change', async () => {
    const { code, out } = await readiness([AS_WAS, ...TODAY]);
    expect(code).toBe(0);
    const list = out.slice(out.indexOf('Most important gaps'), out.indexOf('\nResources\n'));
    for (const rule of [
      'medical-role',
      'no-deputy',
      'shortfall',
      'escalation',
      'inform-public',
      'drill-overdue',
    ])
      expect(list).toContain(rule);
    expect(list).toContain('add lockdown-decision to roles.secretary.authority');
    expect(list).toContain('name a deputy (roles.secretary.deputy)');
    expect(out).toContain('Single points of failure: secretary');
    expect(out).toContain('Medical role: none');
    expect(out).toContain('Drill: no record: overdue');
  });
});

describe('yuan readiness on the plan X community should have had', () => {
  it('shows no gap', async () => {
    const report = await json(PLAN);
    expect(report.gaps).toEqual([]);
    expect(report.resources.every((r) => r.gap === 0 && r.unknowns.length === 0)).toBe(true);
    expect(report.people.singlePointsOfFailure).toEqual([]);
    expect(report.people.roles.every((r) => r.mustEscalate.length === 0)).toBe(true);
    expect(report.coverage).toMatchObject({ missingPhases: [], stagesWithoutInform: [] });
    expect(report.coverage.reports.every((r) => r.status === 'ok')).toBe(true);
    expect(report.coverage.medicalRoles).not.toEqual([]);
    expect(report.lifecycle.review.overdue || report.lifecycle.drill.overdue).toBe(false);
    expect(report.lifecycle.scenarios.map((s) => s.file)).toContain(
      'plans/x-community-winter-2020.yaml',
    );
    const { out } = await readiness([PLAN, ...TODAY]);
    expect(out).toContain('None: every check passes.');
  });
});

describe('yuan readiness output', () => {
  it('writes a self-contained HTML page with -o', async () => {
    const cwd = temporaryFolder('yuan-readiness');
    const { code, out } = await readiness(
      [join(ROOT, AS_WAS), ...TODAY, '--format', 'html', '-o', 'r.html'],
      cwd,
    );
    expect(code).toBe(0);
    expect(out).toBe('');
    const page = await readFile(join(cwd, 'r.html'), 'utf8');
    expect(page).toContain('<svg class="chart"');
    expect(page).not.toContain('<script');
  });

  it('writes Markdown and speaks Chinese', async () => {
    const { code, out } = await readiness([AS_WAS, ...TODAY, '--format', 'md', '--lang', 'zh']);
    expect(code).toBe(0);
    expect(out).toMatch(/^# X社区疫情防控做法.* 准备情况\n/);
    expect(out).toContain('## 最重要的短板');
  });
});

describe('yuan readiness refusals', () => {
  it('prints the findings of a plan with errors and exits 1', async () => {
    const cwd = temporaryFolder('yuan-readiness');
    const text = (await readFile(join(ROOT, PLAN), 'utf8')).replace(
      'goto: lockdown',
      'goto: nowhere',
    );
    await writeFile(join(cwd, 'broken.yaml'), text);
    const stylish = await readiness(['broken.yaml', ...TODAY], cwd);
    expect(stylish.code).toBe(1);
    expect(stylish.out).toContain('ref/stage');
    expect(stylish.err).toContain('broken.yaml has errors');
    const machine = await readiness(['broken.yaml', ...TODAY, '--format', 'json'], cwd);
    expect(machine.code).toBe(1);
    expect(JSON.stringify(JSON.parse(machine.out))).toContain('ref/stage');
  });

  it('follows the config: a rule set to error makes the plan fail', async () => {
    const cwd = temporaryFolder('yuan-readiness');
    await writeFile(join(cwd, 'plan.yaml'), await readFile(join(ROOT, AS_WAS), 'utf8'));
    await writeFile(
      join(cwd, 'yuan.config.yaml'),
      "rules:\n  lifecycle/drill-overdue: error\ntoday: '2026-11-28'\n",
    );
    const { code, out } = await readiness(['plan.yaml'], cwd);
    expect(code).toBe(1);
    expect(out).toContain('lifecycle/drill-overdue');
  });

  it.each([
    [['missing.yaml'], 'missing.yaml:1:1: cannot read the file (ENOENT)'],
    [['plans'], 'plans:1:1: this is a folder, not a file'],
    [
      ['plans/x-community-winter-2020.yaml'],
      'is a scenario; readiness is measured on its plan: yuan readiness plans/x-community-epidemic.yaml',
    ],
    [[PLAN, '--format', 'pdf'], '--format must be one of text, md, html, json, not "pdf"'],
    [[PLAN, '--today', '28/11/2026'], '--today must be a date written YYYY-MM-DD'],
  ])('%j exits 2', async (argv, message) => {
    const { code, err } = await readiness(argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});
