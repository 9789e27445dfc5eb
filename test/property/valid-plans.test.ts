/**
 * Plans valid by construction: the pipeline finds no error in them whatever their layout, every
 * finding it does report (warnings) lies inside the file, they compile to a machine with a route
 * to a final stage, and a scripted drill of them ends with a score or, with nothing scored, none.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPlanMachine } from '../../src/compile/index.js';
import { buildStageGraph, reachableFrom } from '../../src/model/index.js';
import { parseText } from '../../src/load/index.js';
import type { Plan } from '../../src/model/index.js';
import { scoreDrill } from '../../src/score/score-drill.js';
import { en } from '../helpers/translate.js';
import { Draw } from './arbitraries/draw.js';
import { planText } from './arbitraries/mutators.js';
import { validPlan } from './arbitraries/plan-arbitrary.js';
import { answersFor } from './arbitraries/scenario-arbitrary.js';
import { assertProperty } from '../helpers/property-runs.js';
import { playDrill } from './support/drill.js';
import {
  errorsOf,
  expectPositionsInside,
  propertyFolder,
  validateContent,
} from './support/validate-text.js';

const folder = propertyFolder();
const planWithAnswers = validPlan.chain((plan) =>
  fc.tuple(fc.constant(plan), answersFor(plan), fc.gen()),
);

describe('a valid plan', () => {
  it('validates without errors, compiles, reaches a final stage and drills to an end', async () => {
    await assertProperty(
      fc.asyncProperty(planWithAnswers, async ([generated, answers, g]) => {
        const text = planText(new Draw(g), generated);
        const file = await validateContent(folder, 'plan.yaml', text);
        expectPositionsInside(file.findings, text);
        expect(errorsOf(file)).toEqual([]);

        // What the pipeline read is what the later steps get.
        const plan = parseText(text, { file: 'plan.yaml', t: en }).document!.data as Plan;
        expect(plan).toEqual(generated);
        expect(() => createPlanMachine(plan)).not.toThrow();
        const graph = buildStageGraph(plan);
        const reachable = reachableFrom(graph, graph.initial);
        expect(graph.finals.some((stage) => reachable.has(stage))).toBe(true);

        const events = await playDrill(plan, answers);
        const end = events.at(-1)!;
        expect(end.type).toBe('end');
        if (end.type !== 'end') return;
        expect(events.filter((event) => event.type === 'end')).toHaveLength(1);
        const score = scoreDrill(events, { plan, scenario: plan.scenarios![0]! });
        expect(end.score).toBe(score.score);
        // No scored decision means no score (drill-and-scoring.md), and the other way round.
        expect(end.score === null).toBe(score.decisions.length === 0);
        expect(end.rating === null).toBe(end.score === null);
        if (end.score !== null) {
          expect(end.score).toBeGreaterThanOrEqual(0);
          expect(end.score).toBeLessThanOrEqual(100);
        }
      }),
      40,
    );
  });
});
