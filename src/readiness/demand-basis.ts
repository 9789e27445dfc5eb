/**
 * What a demand's `per` and `during` name (plan-format.md, "Plan").
 *
 * `per` is looked up in this order: `resident` (scope.population), `household`
 * (scope.households), a site of scope.sites (its count), a role (its `count`, default 1). A site
 * and a role with the same id are allowed by the format; the site wins, because a demand is
 * normally equipment per place.
 *
 * `during` entries are stage ids or phase names. A stage id wins over a phase of the same name
 * (plans often call their only warning stage `warning`); each stage is listed once, in the order
 * the entries first name it.
 */
import { PHASES, type Phase, type Plan } from '../model/plan.js';
import { own } from '../model/plan-entries.js';

/** What kind of count a demand is multiplied by; `task` is a task's own `uses` quantity. */
export type BasisKind = 'resident' | 'household' | 'site' | 'role' | 'task';

/** The count behind a demand's `per`. */
export interface Basis {
  kind: BasisKind;
  /** The count, or undefined when the plan does not give it (e.g. `resident` without scope.population). */
  count?: number;
  /** The plan field that holds (or should hold) the count, e.g. `scope.population`. */
  field: string;
}

/** The count a demand's `per` names, or undefined when it names neither a basis nor a role. */
export function basisOf(plan: Plan, per: string): Basis | undefined {
  const scope = plan.scope;
  if (per === 'resident') return withCount('resident', scope?.population, 'scope.population');
  if (per === 'household') return withCount('household', scope?.households, 'scope.households');
  const site = own(scope?.sites, per);
  if (site !== undefined) return { kind: 'site', count: site, field: `scope.sites.${per}` };
  const role = own(plan.roles, per);
  if (role !== undefined)
    return { kind: 'role', count: role.count ?? 1, field: `roles.${per}.count` };
  return undefined;
}

function withCount(kind: BasisKind, count: number | undefined, field: string): Basis {
  return count === undefined ? { kind, field } : { kind, count, field };
}

/** Whether a word is a phase name. */
export function isPhase(word: string): word is Phase {
  return (PHASES as readonly string[]).includes(word);
}

/** One `during` entry resolved: the stages it covers (none when it names nothing or an empty phase). */
export interface DuringEntry {
  entry: string;
  index: number;
  kind: 'stage' | 'phase' | 'unknown';
  stages: string[];
}

/** Resolves each `during` entry to stages. */
export function resolveDuring(plan: Plan, during: readonly string[]): DuringEntry[] {
  const stages = Object.entries(plan.stages ?? {});
  return during.map((entry, index) => {
    if (own(plan.stages, entry) !== undefined)
      return { entry, index, kind: 'stage', stages: [entry] };
    if (isPhase(entry)) {
      const ofPhase = stages.filter(([, stage]) => stage.phase === entry).map(([id]) => id);
      return { entry, index, kind: 'phase', stages: ofPhase };
    }
    return { entry, index, kind: 'unknown', stages: [] };
  });
}

/** The distinct stages a `during` list covers, each with the first entry that named it. */
export function duringStages(
  entries: readonly DuringEntry[],
): { stage: string; entry: DuringEntry }[] {
  const seen = new Set<string>();
  const result: { stage: string; entry: DuringEntry }[] = [];
  for (const entry of entries) {
    for (const stage of entry.stages) {
      if (seen.has(stage)) continue;
      seen.add(stage);
      result.push({ stage, entry });
    }
  }
  return result;
}
