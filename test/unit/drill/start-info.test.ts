/** startInfoOf: a journal's start event given back to a new engine, as `--resume` and `yuan report` do. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DrillEngine } from '../../../src/drill/drill-engine.js';
import { drillMachine } from '../../../src/drill/drill-setup.js';
import { startInfoOf } from '../../../src/drill/journal-replay.js';
import type { DrillStartEvent, Plan, Scenario } from '../../../src/model/index.js';

const read = (path: string): unknown =>
  parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
const plan = read('plans/x-community-epidemic.yaml') as Plan;
const scenario = read('plans/x-community-winter-2020.yaml') as Scenario;

function firstEvent(start: ReturnType<typeof startInfoOf>, players: string[], pace: number) {
  const engine = new DrillEngine({
    plan,
    scenario,
    machine: drillMachine(plan, scenario.start),
    players,
    pace,
    start,
  });
  engine.start();
  return engine.events[0] as DrillStartEvent;
}

describe('startInfoOf', () => {
  const info = {
    plan: '/plans/p.yaml',
    planId: plan.id,
    planHash: 'sha256:1',
    scenario: scenario.id,
    scenarioFile: '/plans/s.yaml',
    scenarioHash: 'sha256:2',
    version: '1.2.3',
    startedAt: '2026-01-01T00:00:00.000Z',
  };

  it('keeps what describes the drill and leaves out what the engine fills in itself', () => {
    const event: DrillStartEvent = {
      type: 'start',
      at: 0,
      journal: 1,
      players: ['secretary'],
      pace: 60,
      ...info,
    };
    expect(startInfoOf(event)).toEqual(info);
  });

  it('gives a new engine what makes it write the same start event again', () => {
    const original = firstEvent(info, ['secretary'], 120);
    expect(firstEvent(startInfoOf(original), ['secretary'], 120)).toEqual(original);
  });
});
