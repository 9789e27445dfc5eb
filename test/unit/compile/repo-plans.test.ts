/** Every plan of the repository compiles, and every route `yuan paths` reports replays on its machine. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../../src/compile/compile-plan.js';
import { createPlanMachine } from '../../../src/compile/create-plan-machine.js';
import { analyseRoutes } from '../../../src/compile/route-analysis.js';
import type { Plan } from '../../../src/model/plan.js';
import { replayRoute } from './replay-route.js';

const ROOT = new URL('../../../', import.meta.url).pathname;

/** Plan documents under plans/ and examples/ (scenarios and answers files are skipped). */
function repositoryPlans(): [string, Plan][] {
  const plans: [string, Plan][] = [];
  for (const folder of ['plans', 'examples']) {
    for (const name of readdirSync(join(ROOT, folder)).sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      const data = parse(readFileSync(join(ROOT, folder, name), 'utf8')) as { kind?: string };
      if (data?.kind === 'plan') plans.push([`${folder}/${name}`, data as Plan]);
    }
  }
  return plans;
}

const plans = repositoryPlans();

describe('the repository plans', () => {
  it('include the X community plan', () => {
    expect(plans.map(([file]) => file)).toContain('plans/x-community-epidemic.yaml');
  });

  describe.each(plans)('%s', (_file, plan) => {
    it('compiles to JSON and to a machine', () => {
      const config = compilePlan(plan);
      expect(JSON.parse(JSON.stringify(config))).toEqual(config);
      expect(createPlanMachine(plan).id).toBe(plan.id);
    });

    it('replays every route and each fastest route to its final stage', () => {
      // `yuan paths` lists 50 by default; replay far more than that, every route of the small plans.
      const analysis = analyseRoutes(plan, 300)!;
      expect(analysis.exact).toBe(true);
      expect(analysis.routes.length).toBe(Math.min(300, Number(analysis.total)));
      const routes = [
        ...analysis.routes,
        ...analysis.finals.flatMap((final) => final.fastest ?? []),
      ];
      expect(routes.length).toBeGreaterThan(0);
      const machine = createPlanMachine(plan);
      for (const route of routes) {
        const replay = replayRoute(plan, machine, route);
        expect(replay, route.stages.join(' > ')).toEqual({ stages: route.stages, status: 'done' });
      }
    });
  });
});
