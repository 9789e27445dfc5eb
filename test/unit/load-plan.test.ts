import { readFile } from 'node:fs/promises';
import { createActor, SimulatedClock } from 'xstate';
import { describe, expect, it } from 'vitest';
import { loadPlan, loadPlanMachine, parsePlanMachine } from '../../src/index.js';

const FIXTURE = new URL('../fixtures/compile/small-plan.yaml', import.meta.url).pathname;

describe('the library API', () => {
  it('loads, checks and compiles a plan file into a machine that runs', async () => {
    const { plan, machine, config, findings } = await loadPlanMachine(FIXTURE);
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(plan?.id).toBe('small-plan');
    expect(config?.initial).toBe('standby');
    const clock = new SimulatedClock();
    const actor = createActor(machine!, { clock }).start();
    actor.send({ type: 'alert' });
    clock.increment(6 * 3_600_000);
    expect(actor.getSnapshot().value).toBe('lockdown');
  });

  it('refuses a plan with errors, with located findings of the lint rules', async () => {
    const text = (await readFile(FIXTURE, 'utf8')).replace(
      '      clear: recovery\n',
      '      clear: nowhere\n',
    );
    const result = await parsePlanMachine(text, { file: 'broken.yaml' });
    expect(result.plan).toBeUndefined();
    expect(result.machine).toBeUndefined();
    const ruleIds = result.findings.map((finding) => finding.ruleId);
    expect(ruleIds).toContain('ref/stage');
    const ref = result.findings.find((finding) => finding.ruleId === 'ref/stage')!;
    expect(ref).toMatchObject({ file: 'broken.yaml', line: 36, column: 14, severity: 'error' });
  });

  it('lets rule settings turn an error off', async () => {
    const text = (await readFile(FIXTURE, 'utf8')).replace(
      '    final: true\n',
      '    final: true\n  orphan: { title: O, phase: response, on: { x: recovery } }\n',
    );
    expect((await parsePlanMachine(text)).plan).toBeUndefined();
    const relaxed = await parsePlanMachine(text, { ruleSettings: { 'graph/unreachable': 'off' } });
    expect(relaxed.findings.map((finding) => finding.ruleId)).not.toContain('graph/unreachable');
    expect(relaxed.machine).toBeDefined();
  });

  it('says a scenario is not a plan', async () => {
    const result = await parsePlanMachine(
      'yuan: 1\nkind: scenario\nid: s\ntitle: S\nplan: p.yaml\ninjects: []\n',
      { lang: 'zh' },
    );
    expect(result.plan).toBeUndefined();
    expect(result.findings.some((finding) => finding.message.includes('不是预案'))).toBe(true);
  });

  it('reports a file that cannot be read as a finding', async () => {
    const result = await loadPlan('no/such/plan.yaml');
    expect(result.plan).toBeUndefined();
    expect(result.findings[0]!.ruleId).toBe('file/unreadable');
  });
});
