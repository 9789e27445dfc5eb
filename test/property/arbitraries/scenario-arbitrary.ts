/** The scenario a generated plan carries, and scripted answers for a drill of it. */
import fc from 'fast-check';
import type { QueuedAnswer } from '../../../src/drill/answer-queues.js';
import type { Expectation, Inject, Plan, Scenario } from '../../../src/model/index.js';
import { Draw } from './draw.js';
import { drawSet, ids } from './plan-parts.js';

/** Every decision of a plan with its owner and option ids. */
export function decisionsOf(plan: Plan) {
  return Object.values(plan.stages).flatMap((stage) =>
    (stage.decisions ?? []).map((decision) => ({
      id: decision.id,
      owner: decision.owner,
      options: decision.options.map((option) => option.id),
    })),
  );
}

/** An inline scenario: injects with the plan's events, variable changes and expectations. */
export function drawScenario(draw: Draw, plan: Plan, events: string[]): Scenario {
  const roles = Object.keys(plan.roles ?? {});
  const stages = Object.keys(plan.stages);
  const decisions = decisionsOf(plan);
  const scenario: Scenario = { id: 'drill', title: draw.text(), injects: [] };
  if (draw.chance(0.3)) scenario.start = draw.pick(stages);
  if (draw.chance(0.3)) scenario.pace = draw.pick([1, 60, 600]);
  if (draw.chance(0.7)) scenario.players = draw.some(roles, 0.6);
  for (const id of ids('i', draw.int(1, 5))) {
    const inject: Inject = {
      id,
      at: draw.chance(0.2) ? '0s' : draw.duration(12 * 60).text,
      message: draw.text(),
    };
    if (draw.chance(0.7))
      inject.event = draw.pick(events.length > 0 ? events : ['nothing-handles-this']);
    const set = drawSet(draw, plan.variables ?? {});
    if (set) inject.set = set;
    if (decisions.length > 0 && draw.chance(0.4)) {
      inject.expect = draw.some(decisions, 0.4).map((decision) => {
        const expectation: Expectation = { decision: decision.id };
        const best = draw.some(decision.options);
        const rest = decision.options.filter((option) => !best.includes(option));
        if (best.length > 0) expectation.best = best;
        if (rest.length > 0 && draw.chance(0.5)) expectation.acceptable = draw.some(rest);
        if (draw.chance(0.5)) expectation.within = draw.duration(120).text;
        if (draw.chance(0.4)) expectation.weight = draw.pick([0.5, 1, 2, 3]);
        return expectation;
      });
    }
    scenario.injects.push(inject);
  }
  return scenario;
}

/** Scripted answers for the decisions of the scenario's players: options and latencies. */
export function drawAnswers(draw: Draw, plan: Plan, scenario: Scenario): QueuedAnswer[] {
  const players = new Set(scenario.players ?? Object.keys(plan.roles ?? {}));
  const answers: Omit<QueuedAnswer, 'index'>[] = [];
  for (const decision of decisionsOf(plan).filter((candidate) => players.has(candidate.owner))) {
    for (let count = draw.int(0, 3); count > 0; count--) {
      answers.push({
        decision: decision.id,
        option: draw.pick(decision.options),
        after: draw.duration(5 * 60).ms,
      });
    }
  }
  // Answers to different decisions may come in any order; each decision keeps its own order.
  const shuffled = answers
    .map((answer) => ({ answer, key: draw.int(0, 1_000) }))
    .sort((a, b) => a.key - b.key)
    .map(({ answer }, index) => ({ ...answer, index }));
  return shuffled;
}

/** Arbitrary scripted answers for a given plan (its first scenario). */
export const answersFor = (plan: Plan): fc.Arbitrary<QueuedAnswer[]> =>
  fc.gen().map((g) => drawAnswers(new Draw(g), plan, plan.scenarios![0]!));
