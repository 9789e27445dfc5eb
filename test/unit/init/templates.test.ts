/**
 * Every template, filled with its defaults and with other counts: it validates with no finding at
 * all under every rule, compiles into an XState machine, and a scripted drill of its scenario
 * reaches the final stage with every player decision scored in full.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createPlanMachine } from '../../../src/compile/index.js';
import { DrillEngine } from '../../../src/drill/drill-engine.js';
import { drillMachine, playersOf } from '../../../src/drill/drill-setup.js';
import { runDrill } from '../../../src/drill/run-drill.js';
import {
  readTemplateSources,
  renderTemplate,
  TEMPLATE_NAMES,
  withDefaults,
  type InitParams,
  type RenderedTemplate,
  type TemplateName,
} from '../../../src/init/index.js';
import { validateFiles } from '../../../src/check/validate-paths.js';
import { temporaryFolder } from '../../helpers/temp-folders.js';
import { en } from '../../helpers/translate.js';
import { TEMPLATE_ANSWERS, TEMPLATE_FINAL_STAGE } from './template-drills.js';

const TODAY = '2026-11-28';

async function render(template: TemplateName, given: Partial<InitParams> = {}) {
  return renderTemplate(
    await readTemplateSources(template),
    withDefaults({ template, today: TODAY, ...given }),
  );
}

/** Writes the rendered files into their own folder and validates them as `yuan validate` would. */
async function validate(rendered: RenderedTemplate, name: string, today = TODAY) {
  const dir = temporaryFolder(`yuan-template-${name}`);
  const paths = await Promise.all(
    rendered.files.map(async (file) => {
      const path = join(dir, file.name);
      await writeFile(path, file.text);
      return path;
    }),
  );
  return validateFiles(paths, { cwd: dir, t: en, today });
}

async function drill(rendered: RenderedTemplate, template: TemplateName) {
  const { plan, scenario } = rendered;
  const engine = new DrillEngine({
    plan,
    scenario,
    machine: drillMachine(plan, scenario.start),
    players: playersOf(plan, scenario),
    pace: scenario.pace ?? 60,
    start: {
      plan: '/plan.yaml',
      planId: plan.id,
      planHash: 'sha256:0',
      scenario: scenario.id,
      version: '0.0.0',
    },
    answers: TEMPLATE_ANSWERS[template].map((answer, index) => ({ ...answer, index })),
  });
  engine.start();
  expect(await runDrill(engine, { pace: scenario.pace ?? 60 })).toBe('finished');
  return engine.events;
}

describe.each(TEMPLATE_NAMES)('template %s', (template) => {
  it('validates with no error and no warning under every rule', async () => {
    const files = await validate(await render(template), template);
    expect(files.flatMap((file) => file.findings)).toEqual([]);
    expect(files).toHaveLength(2);
  });

  it('validates clean with other counts too, stocks following the need', async () => {
    const rendered = await render(template, {
      name: 'A: "b" #c',
      population: 123456,
      households: 40000,
      teamSize: 7,
    });
    const files = await validate(rendered, `${template}-big`);
    expect(files.flatMap((file) => file.findings)).toEqual([]);
    expect(rendered.plan.scope?.name).toBe('A: "b" #c');
    for (const demand of rendered.demands) expect(demand.stock).toBe(Math.ceil(demand.need));
  });

  it('warns of a shortfall when a stock is given below the need', async () => {
    const base = await render(template);
    const key = base.demands.find((demand) => demand.need >= 1)!;
    const rendered = await render(template, { stocks: { [key.id]: 0 } });
    const findings = (await validate(rendered, `${template}-short`)).flatMap(
      (file) => file.findings,
    );
    expect(findings.map((finding) => [finding.ruleId, finding.pointer])).toEqual([
      ['readiness/shortfall', `/resources/${key.id}/stock`],
    ]);
  });

  it('goes overdue a cycle after the date it was written', async () => {
    const rendered = await render(template);
    const findings = (await validate(rendered, `${template}-late`, '2028-11-29')).flatMap(
      (f) => f.findings,
    );
    expect(new Set(findings.map((finding) => finding.ruleId))).toEqual(
      new Set(['lifecycle/review-overdue', 'lifecycle/drill-overdue']),
    );
  });

  it('compiles into a machine that starts in its initial stage', async () => {
    const { plan } = await render(template);
    const actor = createActor(createPlanMachine(plan)).start();
    const initial = Object.entries(plan.stages).find(([, stage]) => stage.initial)![0];
    expect(actor.getSnapshot().value).toBe(initial);
    actor.stop();
  });

  it('completes a scripted drill of its scenario, every player decision in full', async () => {
    const rendered = await render(template);
    const events = await drill(rendered, template);
    const end = events.at(-1)!;
    expect(end).toMatchObject({
      type: 'end',
      reason: 'final',
      stage: TEMPLATE_FINAL_STAGE[template],
      score: 100,
      rating: 'P',
    });
    const answered = events.filter((e) => e.type === 'decision-answered' && e.by === 'player');
    expect(answered.map((e) => (e as { decision: string }).decision).sort()).toEqual(
      TEMPLATE_ANSWERS[template].map((answer) => answer.decision).sort(),
    );
  });
});
