/** Small plans and scenarios for engine tests, written as YAML the way authors write them. */
import { parse } from 'yaml';
import type { QueuedAnswer } from '../../../src/drill/answer-queues.js';
import { DrillEngine } from '../../../src/drill/drill-engine.js';
import { drillMachine, playersOf } from '../../../src/drill/drill-setup.js';
import { runDrill } from '../../../src/drill/run-drill.js';
import { durationMs, type DrillEvent, type Plan, type Scenario } from '../../../src/model/index.js';

/** A plan: standby -(go)-> work; work has a played decision `pick` and two unplayed ones. */
export const basePlan = `
yuan: 1
kind: plan
id: base
title: Base
roles:
  chief: { title: Chief, function: command, authority: all }
  clerk: { title: Clerk, function: other }
stages:
  standby:
    title: Standby
    phase: preparation
    initial: true
    on: { go: work }
  work:
    title: Work
    phase: response
    decisions:
      - id: pick
        title: Pick
        owner: chief
        within: 1h
        options:
          - { id: stay, title: Stay }
          - { id: finish, title: Finish, goto: done }
          - { id: again, title: Again, goto: work }
        timeout: { after: 2h, choose: stay }
      - id: auto
        title: Auto
        owner: clerk
        options:
          - { id: first, title: First }
          - { id: second, title: Second }
      - id: auto-timeout
        title: Auto with a timeout
        owner: clerk
        options:
          - { id: first, title: First }
          - { id: second, title: Second }
        timeout: { after: 3h, choose: second }
    on: { stop: done, back: standby }
  done:
    title: Done
    phase: recovery
    final: true
`;

/** Builds a started engine from YAML texts and scripted answers (`after` as durations). */
export function engineFor(
  planText: string,
  scenarioText: string,
  answers: { decision: string; option: string; after: string }[] = [],
  maxStageEntries?: number,
): DrillEngine {
  const queued = answers.map((answer, index) => ({
    ...answer,
    after: durationMs(answer.after),
    index,
  }));
  return engineWith(planText, scenarioText, queued, maxStageEntries);
}

/** Builds a started engine from YAML texts and queued answers (`after` in ms). */
export function engineWith(
  planText: string,
  scenarioText: string,
  answers: readonly QueuedAnswer[],
  maxStageEntries?: number,
): DrillEngine {
  const plan = parse(planText) as Plan;
  const scenario = parse(scenarioText) as Scenario;
  const engine = new DrillEngine({
    plan,
    scenario,
    machine: drillMachine(plan, scenario.start),
    players: playersOf(plan, scenario),
    pace: 60,
    start: {
      plan: '/plan.yaml',
      planId: plan.id,
      planHash: 'sha256:0',
      scenario: scenario.id,
      version: '0.0.0',
    },
    answers,
    ...(maxStageEntries !== undefined ? { maxStageEntries } : {}),
  });
  engine.start();
  return engine;
}

/** Plays a drill with scripted answers only and returns its events. */
export async function play(...args: Parameters<typeof engineFor>): Promise<DrillEvent[]> {
  const engine = engineFor(...args);
  await runDrill(engine, { pace: 60 });
  return [...engine.events];
}

/** A scenario played by `chief` with the given injects (YAML list items). */
export function scenario(injects: string, extra = ''): string {
  return `
id: sc
title: Sc
players: [chief]
${extra}
injects:
${injects}
`;
}

/** The events without start, in a short form: `type:detail@ms`. */
export function brief(events: readonly DrillEvent[]): string[] {
  return events.slice(1).map((event) => {
    switch (event.type) {
      case 'inject':
        return `inject:${event.inject}@${event.at}`;
      case 'stage-entered':
        return `stage:${event.stage}(${event.cause})@${event.at}`;
      case 'decision-opened':
        return `open:${event.decision}#${event.opening}@${event.at}`;
      case 'decision-answered':
        return `answer:${event.decision}=${event.option}(${event.by})@${event.at}`;
      case 'decision-timeout':
        return `timeout:${event.decision}=${event.option}@${event.at}`;
      case 'decision-closed':
        return `close:${event.decision}(${event.reason})@${event.at}`;
      case 'answer-void':
        return `void:${event.decision}=${event.option}(${event.reason})@${event.at}`;
      case 'end':
        return `end:${event.reason}@${event.at}`;
      default:
        return event.type;
    }
  });
}
