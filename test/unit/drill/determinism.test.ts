import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DrillEngine } from '../../../src/drill/drill-engine.js';
import { drillMachine } from '../../../src/drill/drill-setup.js';
import { runDrill } from '../../../src/drill/run-drill.js';
import { durationMs, type Plan, type Scenario } from '../../../src/model/index.js';

const read = (path: string): unknown =>
  parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
const plan = read('plans/x-community-epidemic.yaml') as Plan;
const scenario = read('plans/x-community-winter-2020.yaml') as Scenario;

async function journal(
  answersFile: string,
  machine = drillMachine(plan, scenario.start),
): Promise<string> {
  const answers = (
    read(answersFile) as { answers: { decision: string; option: string; after: string }[] }
  ).answers;
  const engine = new DrillEngine({
    plan,
    scenario,
    machine,
    players: scenario.players!,
    pace: 60,
    start: {
      plan: '/p.yaml',
      planId: plan.id,
      planHash: 'sha256:0',
      scenario: scenario.id,
      version: '0',
    },
    answers: answers.map((answer, index) => ({
      ...answer,
      after: durationMs(answer.after),
      index,
    })),
  });
  engine.start();
  await runDrill(engine, { pace: 60 });
  return engine.events.map((event) => JSON.stringify(event)).join('\n');
}

describe('drill determinism', () => {
  it('gives the same events, byte for byte, for the same inputs', async () => {
    const machine = drillMachine(plan, scenario.start);
    for (const file of ['examples/answers/best.yaml', 'examples/answers/slow.yaml']) {
      const first = await journal(file);
      expect(await journal(file)).toBe(first);
      expect(await journal(file, machine)).toBe(first); // a shared machine changes nothing
      expect(await journal(file, machine)).toBe(first);
    }
  });

  it('scores the X community replay as the answer files say', async () => {
    const end = (text: string): unknown => JSON.parse(text.split('\n').at(-1)!);
    expect(end(await journal('examples/answers/best.yaml'))).toMatchObject({
      reason: 'final',
      stage: 'resumed',
      score: 100,
      rating: 'P',
    });
    expect(end(await journal('examples/answers/slow.yaml'))).toMatchObject({
      reason: 'final',
      stage: 'resumed',
      score: 28.8,
      rating: 'U',
    });
  });
});
