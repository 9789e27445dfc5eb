/**
 * `yuan init` asking its questions: through a scripted fake prompter (which fails on any question
 * it does not expect), and through the real inquirer prompts driven by @inquirer/testing.
 */
import { input, select } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { Chalk } from 'chalk';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { inquirerPrompter, type PromptFunctions } from '../../src/cli/init/inquirer-prompter.js';
import type { InitPrompter } from '../../src/cli/init/prompter.js';
import { runInit } from '../../src/cli/init/run-init.js';
import type { CommandContext } from '../../src/cli/io.js';
import type { Plan } from '../../src/model/index.js';
import { validateFiles } from '../../src/check/validate-paths.js';
import { fakeIo, type FakeIo } from '../helpers/fake-io.js';
import { en } from '../helpers/translate.js';
import { temporaryFolder } from '../helpers/temp-folders.js';

const NOW = () => new Date(2026, 10, 28, 9, 30);

function contextFor(io: FakeIo): CommandContext {
  return { io, lang: 'en', t: en, color: new Chalk({ level: 0 }), debug: false };
}

/** Answers questions in order; a question whose message does not match fails the test. */
function scriptedPrompter(script: [RegExp, string][]): InitPrompter & { asked: string[] } {
  const asked: string[] = [];
  const next = (message: string) => {
    asked.push(message);
    const step = script.shift();
    if (!step || !step[0].test(message)) throw new Error(`unexpected question: ${message}`);
    return step[1];
  };
  return {
    asked,
    select(question) {
      const answer = next(question.message);
      const choice = question.choices.find((c) => c.value === answer);
      if (!choice) throw new Error(`no choice ${answer}`);
      return Promise.resolve(choice.value);
    },
    input(question) {
      const typed = next(question.message);
      const answer = typed === '' ? question.default : typed;
      const verdict = question.validate(answer);
      if (verdict !== true) throw new Error(`refused ${answer}: ${verdict}`);
      return Promise.resolve(answer);
    },
  };
}

async function readPlan(folder: string, name: string): Promise<Plan> {
  return parse(await readFile(join(folder, name), 'utf8')) as Plan;
}

describe('yuan init with a scripted prompter', () => {
  it('asks the template, the place, its counts and key stocks (need shown), then writes a clean plan', async () => {
    const cwd = temporaryFolder('yuan-init-ask');
    const io = fakeIo({ cwd });
    const prompter = scriptedPrompter([
      [/Which hazard/, 'earthquake'],
      [/Name of the place/, 'W镇'],
      [/People the plan covers/, '5000'],
      [/Households/, ''],
      [/Response team: rescue team members/, '12'],
      [/emergency shelters/, '2'],
      [/old buildings/, ''],
      [/people expected to need shelter/, '1000'],
      [/In stock: 救灾帐篷 \(顶\); the plan needs 250/, '100'],
      [/In stock: 饮用水 \(升\); the plan needs 9000/, ''],
      [/In stock: 破拆救援工具组.*needs 3$/, '3'],
    ]);
    expect(await runInit('out', {}, contextFor(io), { prompter, now: NOW })).toBe(0);
    expect(prompter.asked).toHaveLength(11);
    const plan = await readPlan(join(cwd, 'out'), 'earthquake-plan.yaml');
    expect(plan.scope).toEqual({
      name: 'W镇',
      population: 5000,
      households: 4200,
      sites: { shelter: 2, 'old-building': 42, displaced: 1000 },
    });
    expect(plan.roles?.['rescue-team']?.count).toBe(12);
    expect(plan.resources?.tent?.stock).toBe(100);
    expect(plan.resources?.['drinking-water']?.stock).toBe(9000);
    expect(plan.review?.last).toBe('2026-11-28');
    expect(io.out()).toContain('Below the need: 救灾帐篷.');
    const files = await validateFiles(
      ['earthquake-plan.yaml', 'earthquake-scenario.yaml'].map((name) => join(cwd, 'out', name)),
      { cwd, t: en, today: '2026-11-28' },
    );
    expect(files.flatMap((file) => file.findings.map((f) => f.ruleId))).toEqual([
      'readiness/shortfall',
    ]);
  });

  it('asks only what the flags leave open', async () => {
    const cwd = temporaryFolder('yuan-init-ask');
    const prompter = scriptedPrompter([
      [/Households/, '900'],
      [/classes/, '20'],
      [/floors/, '4'],
      [/stairways/, '2'],
      [/手提式灭火器/, ''],
      [/过滤式消防自救呼吸器/, ''],
      [/手持扩音器/, ''],
    ]);
    const flags = { template: 'fire', name: 'Z小学', population: '1000', teamSize: '8' };
    expect(
      await runInit(undefined, flags, contextFor(fakeIo({ cwd })), { prompter, now: NOW }),
    ).toBe(0);
    const plan = await readPlan(cwd, 'fire-plan.yaml');
    expect(plan.scope?.sites).toEqual({ classroom: 20, floor: 4, stairway: 2 });
    expect(plan.resources?.extinguisher?.stock).toBe(8);
    expect(plan.roles?.['class-teacher']?.count).toBe(20);
  });

  it('refuses an existing file right after the template is chosen, before the other questions', async () => {
    const cwd = temporaryFolder('yuan-init-ask');
    await writeFile(join(cwd, 'chemical-plan.yaml'), 'mine\n');
    const prompter = scriptedPrompter([[/Which hazard/, 'chemical']]);
    await expect(
      runInit(undefined, {}, contextFor(fakeIo({ cwd })), { prompter, now: NOW }),
    ).rejects.toThrow('chemical-plan.yaml already exists; pass --force to overwrite it');
    expect(prompter.asked).toHaveLength(1);
    expect(await readdir(cwd)).toEqual(['chemical-plan.yaml']);
  });
});

describe('yuan init interrupted', () => {
  it('says nothing was written when a question is closed (Ctrl+C)', async () => {
    const cwd = temporaryFolder('yuan-init-ask');
    const closed = Object.assign(new Error('User force closed the prompt'), {
      name: 'ExitPromptError',
    });
    const prompter: InitPrompter = {
      select: () => Promise.resolve('epidemic' as never),
      input: () => Promise.reject(closed),
    };
    await expect(
      runInit(undefined, {}, contextFor(fakeIo({ cwd })), { prompter, now: NOW }),
    ).rejects.toThrow('init interrupted before anything was written');
    expect(await readdir(cwd)).toEqual([]);
  });
});

/** Real inquirer prompts, each rendered by @inquirer/testing and answered by key presses. */
function keyboard(
  steps: ((events: Rendered) => Promise<void> | void)[],
): PromptFunctions & { screens: string[] } {
  const screens: string[] = [];
  const play = async (rendered: Rendered) => {
    screens.push(rendered.getScreen());
    const step = steps.shift();
    if (!step) throw new Error(`unexpected prompt: ${rendered.getScreen()}`);
    await step(rendered);
    return rendered.answer;
  };
  return {
    screens,
    select: (async (config: Parameters<typeof select>[0]) =>
      play(await render(select, config))) as typeof select,
    input: (async (config: Parameters<typeof input>[0]) =>
      play(await render(input, config))) as typeof input,
  };
}
type Rendered = Awaited<ReturnType<typeof render>>;

const enter = ({ events }: Rendered) => events.keypress('enter');
const type =
  (text: string) =>
  ({ events }: Rendered) => {
    events.type(text);
    events.keypress('enter');
  };

describe('yuan init through the inquirer prompts', () => {
  it('picks a template with the arrow keys, rejects a bad count on screen, and takes defaults on enter', async () => {
    const cwd = temporaryFolder('yuan-init-inquirer');
    const prompts = keyboard([
      ({ events }) => {
        events.keypress('down');
        events.keypress('enter');
      },
      type('Y社区'),
      async ({ events, getScreen, nextRender }) => {
        events.type('many');
        events.keypress('enter');
        await nextRender();
        expect(getScreen()).toContain('must be a whole number of at least 1, not "many"');
        for (let i = 0; i < 4; i++) events.keypress('backspace');
        events.type('6000');
        events.keypress('enter');
      },
      ...Array.from({ length: 9 }, () => enter),
    ]);
    const prompter = inquirerPrompter({}, prompts);
    expect(await runInit(undefined, {}, contextFor(fakeIo({ cwd })), { prompter, now: NOW })).toBe(
      0,
    );
    expect(prompts.screens[0]).toContain('Which hazard is the plan for?');
    expect(prompts.screens).toHaveLength(12);
    const plan = await readPlan(cwd, 'flood-plan.yaml');
    expect(plan.scope).toMatchObject({ name: 'Y社区', population: 6000, households: 2800 });
    expect(plan.scope?.sites?.['low-point']).toBe(6);
    const files = await validateFiles(
      ['flood-plan.yaml', 'flood-scenario.yaml'].map((name) => join(cwd, name)),
      { cwd, t: en, today: '2026-11-28' },
    );
    expect(files.flatMap((file) => file.findings)).toEqual([]);
  });
});
