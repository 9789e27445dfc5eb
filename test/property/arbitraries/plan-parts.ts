/** The parts of a generated plan around its stages: roles, variables, conditions, resources. */
import type { Condition, Plan, Resource, Role, Scalar } from '../../../src/model/index.js';
import type { Draw } from './draw.js';

const FUNCTIONS = [
  'command',
  'medical',
  'logistics',
  'communications',
  'security',
  'volunteer',
  'other',
] as const;

/** Ids `prefix0`, `prefix1`, ... */
export const ids = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}${i}`);

/** Variables with initial values of one kind each. */
export function drawVariables(draw: Draw): Record<string, { initial: Scalar; title?: string }> {
  const variables: Record<string, { initial: Scalar; title?: string }> = {};
  for (const id of ids('v', draw.int(0, 3))) {
    variables[id] = { initial: draw.scalar(), ...(draw.chance(0.5) ? { title: draw.text() } : {}) };
  }
  return variables;
}

/** A value of the same kind as the variable's initial value (so comparisons make sense). */
export function valueLike(draw: Draw, initial: Scalar): Scalar {
  return draw.scalar(typeof initial as 'number' | 'string' | 'boolean');
}

/** A `when` condition over the plan's variables, at most `depth` levels of all/any/not. */
export function drawCondition(
  draw: Draw,
  variables: Plan['variables'] & object,
  depth = 2,
): Condition {
  const names = Object.keys(variables);
  if (depth > 0 && draw.chance(0.3)) {
    const form = draw.pick(['all', 'any', 'not'] as const);
    if (form === 'not') return { not: drawCondition(draw, variables, depth - 1) };
    const parts = Array.from({ length: draw.int(1, 3) }, () =>
      drawCondition(draw, variables, depth - 1),
    );
    return form === 'all' ? { all: parts } : { any: parts };
  }
  const name = draw.pick(names);
  const initial = variables[name]!.initial;
  if (typeof initial === 'number') {
    const operator = draw.pick(['eq', 'ne', 'gt', 'gte', 'lt', 'lte'] as const);
    return { var: name, [operator]: draw.int(-5, 20) };
  }
  return { var: name, [draw.pick(['eq', 'ne'] as const)]: valueLike(draw, initial) };
}

/** An assignment of one or two variables (`set:`), or undefined when the plan has none. */
export function drawSet(
  draw: Draw,
  variables: Plan['variables'] & object,
): Record<string, Scalar> | undefined {
  const names = Object.keys(variables);
  if (names.length === 0 || !draw.chance(0.4)) return undefined;
  const chosen = draw.some(names, 0.6);
  if (chosen.length === 0) chosen.push(draw.pick(names));
  return Object.fromEntries(
    chosen.map((name) => [name, valueLike(draw, variables[name]!.initial)]),
  );
}

/** Roles; authority may only name decisions that exist, so it is filled in afterwards. */
export function drawRoles(draw: Draw): Record<string, Role> {
  const roles: Record<string, Role> = {};
  const names = ids('r', draw.int(1, 3));
  for (const id of names) {
    const role: Role = { title: draw.text(), function: draw.pick(FUNCTIONS) };
    if (draw.chance(0.4)) role.count = draw.int(1, 40);
    if (names.length > 1 && draw.chance(0.3))
      role.deputy = draw.pick(names.filter((n) => n !== id));
    if (draw.chance(0.2)) role.contact = '+86 10 1234 5678';
    roles[id] = role;
  }
  return roles;
}

/** Gives some roles authority over some decisions (`all`, or a list of real decision ids). */
export function drawAuthority(draw: Draw, roles: Record<string, Role>, decisions: string[]): void {
  for (const role of Object.values(roles)) {
    if (draw.chance(0.3)) role.authority = 'all';
    else if (decisions.length > 0 && draw.chance(0.4)) role.authority = draw.some(decisions);
  }
}

/** Resources with stock and demand per role, resident or site, during stages or phases. */
export function drawResources(
  draw: Draw,
  bases: string[],
  stageIds: string[],
): Record<string, Resource> {
  const resources: Record<string, Resource> = {};
  const periods = [...stageIds, 'preparation', 'warning', 'response', 'recovery'];
  for (const id of ids('res', draw.int(0, 2))) {
    const resource: Resource = { title: draw.text(), stock: draw.int(0, 100) };
    if (draw.chance(0.5)) resource.unit = draw.pick(['个', 'boxes', 'L']);
    if (draw.chance(0.6)) {
      resource.demand = Array.from({ length: draw.int(1, 2) }, () => {
        const during = draw.some(periods, 0.3);
        return {
          rate: draw.int(1, 5),
          per: draw.pick(bases),
          ...(draw.chance(0.3) ? { daily: true } : {}),
          during: during.length > 0 ? during : [draw.pick(periods)],
        };
      });
    }
    resources[id] = resource;
  }
  return resources;
}
