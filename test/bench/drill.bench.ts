/**
 * Drill benchmark: the X community winter-2020 scenario played with scripted answers, many times
 * in one process, through the same engine and session runner as `yuan drill --answers` (without
 * the journal file). Reports drills per second and microseconds per drill event.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { QueuedAnswer } from '../../src/drill/answer-queues.js';
import { DrillEngine } from '../../src/drill/drill-engine.js';
import { drillMachine, playersOf } from '../../src/drill/drill-setup.js';
import { runDrill, stepWithoutPlayers } from '../../src/drill/run-drill.js';
import { durationMs, type Plan, type Scenario } from '../../src/model/index.js';

const read = (path: string): unknown =>
  parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const plan = read('plans/x-community-epidemic.yaml') as Plan;
const scenario = read('plans/x-community-winter-2020.yaml') as Scenario;
const machine = drillMachine(plan, scenario.start);
const start = {
  plan: 'plans/x-community-epidemic.yaml',
  planId: plan.id,
  planHash: 'sha256:0',
  scenario: scenario.id,
  version: 'bench',
};

function answersOf(path: string): QueuedAnswer[] {
  const { answers } = read(path) as {
    answers: { decision: string; option: string; after: string }[];
  };
  return answers.map((answer, index) => ({ ...answer, after: durationMs(answer.after), index }));
}

function engineWith(answers: readonly QueuedAnswer[]): DrillEngine {
  const engine = new DrillEngine({
    plan,
    scenario,
    machine,
    players: playersOf(plan, scenario),
    pace: 60,
    start,
    answers,
  });
  engine.start();
  return engine;
}

/** Plays drills for about `budgetMs` and returns drills per second and µs per event. */
async function measure(
  label: string,
  play: () => Promise<number> | number,
  budgetMs = 3000,
): Promise<void> {
  for (let i = 0; i < 200; i++) await play(); // warm up the JIT
  let drills = 0;
  let events = 0;
  const begin = performance.now();
  while (performance.now() - begin < budgetMs) {
    events += await play();
    drills++;
  }
  const elapsed = performance.now() - begin;
  const perSecond = (drills / elapsed) * 1000;
  const perEvent = (elapsed * 1000) / events;
  console.log(
    `drill  ${label.padEnd(34)} ${perSecond.toFixed(0).padStart(6)} drills/s  ${perEvent.toFixed(2).padStart(6)} µs/event  (${drills} drills, ${(events / drills).toFixed(0)} events each)`,
  );
}

for (const file of ['examples/answers/best.yaml', 'examples/answers/slow.yaml']) {
  const answers = answersOf(file);
  const name = file.split('/').at(-1)!.replace('.yaml', '');
  await measure(`x-community ${name}, engine steps`, () => {
    const engine = engineWith(answers);
    while (!engine.finished) stepWithoutPlayers(engine, Infinity);
    return engine.events.length;
  });
  await measure(`x-community ${name}, session runner`, async () => {
    const engine = engineWith(answers);
    await runDrill(engine, { pace: 60 });
    return engine.events.length;
  });
}
