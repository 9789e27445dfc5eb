/**
 * Plans that are valid by construction: schema-valid, every reference resolved, exactly one
 * initial stage, final stages without a way out, and a forward path from every stage to a final
 * stage (so the graph rules hold), with random extra edges of every kind (events with and without
 * conditions, decision options, `after` delays, decision timeouts), loops included.
 */
import fc from 'fast-check';
import type {
  Decision,
  DecisionOption,
  Plan,
  Stage,
  Transition,
} from '../../../src/model/index.js';
import { Draw } from './draw.js';
import {
  drawAuthority,
  drawCondition,
  drawResources,
  drawRoles,
  drawSet,
  drawVariables,
  ids,
} from './plan-parts.js';
import { drawScenario } from './scenario-arbitrary.js';

const PHASES = ['preparation', 'warning', 'response', 'recovery'] as const;
const EDGE_KINDS = ['event', 'guarded', 'list', 'option', 'after', 'timeout'] as const;

/** What the stage builder shares while it works: counters keep ids unique across the plan. */
interface Build {
  draw: Draw;
  plan: Plan;
  roles: string[];
  decisions: string[];
  events: Set<string>;
  counters: { decision: number; task: number };
}

/** A valid plan, with one inline scenario (the drill's) under `scenarios`. */
export const validPlan: fc.Arbitrary<Plan> = fc.gen().map((g) => buildPlan(new Draw(g)));

/** Builds a valid plan from random draws. */
export function buildPlan(draw: Draw): Plan {
  const roles = drawRoles(draw);
  const variables = drawVariables(draw);
  const working = ids('s', draw.int(1, 5));
  const finals = ids('end', draw.int(1, 2));
  const plan: Plan = {
    yuan: 1,
    kind: 'plan',
    id: `plan-${draw.int(0, 99)}`,
    title: draw.text(),
    ...(Object.keys(variables).length > 0 ? { variables } : {}),
    roles,
    stages: {},
  };
  if (draw.chance(0.5)) plan.levels = { i: { title: '一级响应' }, ii: { title: 'Level II' } };
  if (draw.chance(0.3)) plan.version = '1.0.0';
  if (draw.chance(0.3)) plan.hazard = { category: draw.pick(['natural', 'accident'] as const) };
  if (draw.chance(0.4)) {
    plan.scope = {
      name: draw.text(),
      population: draw.int(0, 9000),
      sites: { gate: draw.int(0, 9) },
    };
  }
  if (draw.chance(0.4)) plan.review = { last: '2024-01-15', every_months: draw.int(1, 24) };
  if (draw.chance(0.4)) plan.drill = { every_months: draw.int(1, 24) };
  if (draw.chance(0.2)) Object.assign(plan, { 'x-owner': { team: 'ops' } });
  const build: Build = {
    draw,
    plan,
    roles: Object.keys(roles),
    decisions: [],
    events: new Set(),
    counters: { decision: 0, task: 0 },
  };
  const all = [...working, ...finals];
  working.forEach((id, index) => {
    const stage: Stage = { title: draw.text(), phase: draw.pick(PHASES) };
    if (index === 0) stage.initial = true;
    plan.stages[id] = stage;
    // The forward edge that keeps every final stage reachable, then some random ones.
    const forward = index + 1 < working.length ? [working[index + 1]!] : finals;
    for (const target of forward) addEdge(build, stage, target);
    for (let extra = draw.int(0, 2); extra > 0; extra--) addEdge(build, stage, draw.pick(all));
    if (draw.chance(0.3)) stage.decisions = [...(stage.decisions ?? []), decision(build, [])];
    decorate(build, stage);
  });
  for (const id of finals) {
    const stage: Stage = { title: draw.text(), phase: draw.pick(PHASES), final: true };
    decorate(build, stage);
    plan.stages[id] = stage;
  }
  drawAuthority(draw, roles, build.decisions);
  const bases = [...build.roles, 'resident', 'household', ...(plan.scope ? ['gate'] : [])];
  const resources = drawResources(draw, bases, all);
  if (Object.keys(resources).length > 0) plan.resources = resources;
  useResources(build, Object.keys(resources));
  plan.scenarios = [drawScenario(draw, plan, [...build.events])];
  return plan;
}

/** Adds one way from `stage` to `target`, of a random kind. */
function addEdge(build: Build, stage: Stage, target: string): void {
  const { draw, plan } = build;
  const variables = plan.variables ?? {};
  const conditional = Object.keys(variables).length > 0;
  let kind = draw.pick(EDGE_KINDS);
  if (!conditional && (kind === 'guarded' || kind === 'list')) kind = 'event';
  if (kind === 'option' || kind === 'timeout') {
    const made = decision(build, [target], kind === 'timeout');
    stage.decisions = [...(stage.decisions ?? []), made];
  } else if (kind === 'after') {
    stage.after = [...(stage.after ?? []), { in: draw.duration().text, goto: target }];
  } else {
    const used = new Set(Object.keys(stage.on ?? {}));
    const event = draw.pick(ids('e', 6).filter((id) => !used.has(id)));
    build.events.add(event);
    let transition: Transition = target;
    if (kind === 'guarded') transition = { goto: target, when: drawCondition(draw, variables) };
    if (kind === 'list') {
      const other = draw.pick(Object.keys(plan.stages));
      transition = [{ goto: other, when: drawCondition(draw, variables) }, { goto: target }];
    }
    stage.on = { ...(stage.on ?? {}), [event]: transition };
  }
}

/** A decision whose first options lead to `targets`; with `timeout`, its timeout chooses the first. */
function decision(build: Build, targets: string[], timeout = false): Decision {
  const { draw, plan } = build;
  const id = `d${build.counters.decision++}`;
  build.decisions.push(id);
  const options: DecisionOption[] = targets.map((goto, index) => ({
    id: `o${index}`,
    title: draw.text(),
    goto,
  }));
  for (let more = draw.int(targets.length === 0 ? 1 : 0, 2); more > 0; more--) {
    const set = drawSet(draw, plan.variables ?? {});
    options.push({ id: `o${options.length}`, title: draw.text(), ...(set ? { set } : {}) });
  }
  const made: Decision = { id, title: draw.text(), owner: draw.pick(build.roles), options };
  if (draw.chance(0.6)) made.within = draw.duration(180).text;
  if (timeout || draw.chance(0.2)) {
    const choose = timeout ? options[0]!.id : draw.pick(options).id;
    made.timeout = { after: draw.duration(240).text, choose };
  }
  return made;
}

/** Level, warning colour, expected duration and tasks: what does not change the graph. */
function decorate(build: Build, stage: Stage): void {
  const { draw, plan } = build;
  if (plan.levels && draw.chance(0.4)) stage.level = draw.pick(Object.keys(plan.levels));
  if (draw.chance(0.3)) stage.warning = draw.pick(['red', 'orange', 'yellow', 'blue'] as const);
  if (draw.chance(0.4)) stage.expect_duration = draw.duration(3 * 1440).text;
  for (let count = draw.int(0, 2); count > 0; count--) {
    const task = { id: `t${build.counters.task++}`, title: draw.text() } as NonNullable<
      Stage['tasks']
    >[number];
    if (draw.chance(0.6)) task.owner = draw.pick(build.roles);
    if (draw.chance(0.6)) task.kind = draw.pick(['inform', 'report', 'screen', 'other'] as const);
    if (draw.chance(0.5)) task.within = draw.duration(600).text;
    stage.tasks = [...(stage.tasks ?? []), task];
  }
}

/** Some tasks use some resources (amounts > 0). */
function useResources(build: Build, resources: string[]): void {
  if (resources.length === 0) return;
  for (const stage of Object.values(build.plan.stages)) {
    for (const task of stage.tasks ?? []) {
      if (build.draw.chance(0.4))
        task.uses = { [build.draw.pick(resources)]: build.draw.int(1, 9) };
    }
  }
}
