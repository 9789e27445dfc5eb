/**
 * How much of each resource a plan needs, against its stock (readiness/shortfall, `yuan readiness`).
 *
 * What a demand means, as an emergency manager reads it:
 * - A one-off demand (`daily` absent or false) is a quantity that must be on hand while the listed
 *   stages run: `rate × count`, counted ONCE however many stages `during` lists. Thermometers at
 *   the checkpoints during lockdown and during controlled reopening are the same thermometers. A
 *   consumable handed out again in another stage is written as a second demand entry.
 * - A daily demand is consumed each day: `rate × count × days`, where days is each listed stage's
 *   `expect_duration` in days (fractions allowed: 12h is half a day), summed over the stages. A
 *   stage without `expect_duration` leaves that part unknown, and the rule says so.
 * - A task's `uses` draws that quantity from the stock once, when its stage runs. Write a need
 *   either as a demand or as a task's uses, not both: the two are added up.
 * - A one-off demand whose `during` covers no stage (an empty phase, an unknown name) needs nothing.
 *
 * need = the sum of all known terms, rounded UP to a whole unit (nobody buys 0.62 of a vehicle;
 * the terms keep their exact figures); gap = need − stock when positive. Days of cover, for
 * resources with daily demands: the stock left after the one-off needs, divided by the highest
 * daily use of any stage (the peak day); each stage also gets its own use per day.
 */
import { durationMs } from '../model/duration.js';
import type { Plan, Resource } from '../model/plan.js';
import { pointerOf } from '../model/pointer.js';
import { basisOf, duringStages, resolveDuring, type BasisKind } from './demand-basis.js';
import { own, taskEntries, type TaskEntry } from '../model/plan-entries.js';

const DAY_MS = 86_400_000;

/** One line of the arithmetic: `rate × count (× days)` for some stages. */
export interface DemandTerm {
  /** Where the term is written: the demand entry, or the task whose `uses` it is. */
  pointer: string;
  /** Index of the demand entry in `demand` (undefined for a task's uses). */
  demandIndex?: number;
  /** The task id, for a task's uses. */
  task?: string;
  rate: number;
  /** `per` as written (the task id for a task's uses). */
  per: string;
  basis?: BasisKind;
  count?: number;
  daily: boolean;
  /** The stages the term covers: all of them for a one-off demand, exactly one for a daily part. */
  stages: string[];
  /** Expected days of the stage, for a daily part. */
  days?: number;
  /** The quantity, or undefined when a count or a duration is missing. */
  amount?: number;
}

/** Something that keeps part of a demand from being computed. */
export type DemandUnknown =
  | { kind: 'no-count'; per: string; field: string; pointer: string }
  | { kind: 'no-duration'; stage: string; pointer: string };

/** Use per day in one stage, for daily demands. */
export interface StageUse {
  stage: string;
  perDay: number;
  days?: number;
  /** Days the whole stock lasts at this stage's use (one-off needs set aside). */
  coverDays: number;
}

/** The readiness of one resource. */
export interface ResourceDemand {
  id: string;
  resource: Resource;
  pointer: string;
  stock: number;
  need: number;
  gap: number;
  terms: DemandTerm[];
  unknowns: DemandUnknown[];
  /** Stages with daily use, in the order the demands name them. */
  stageUse: StageUse[];
  peakPerDay?: number;
  coverDays?: number;
}

/** The demand, stock and gap of every resource of the plan, in document order. */
export function resourceDemands(plan: Plan): ResourceDemand[] {
  const tasks = taskEntries(plan); // walked once, not once per resource
  return Object.entries(plan.resources ?? {}).map(([id, resource]) =>
    demandOf(plan, id, resource, tasks),
  );
}

/** The demand, stock and gap of one resource. */
export function demandOf(
  plan: Plan,
  id: string,
  resource: Resource,
  tasks: readonly TaskEntry[] = taskEntries(plan),
): ResourceDemand {
  const pointer = pointerOf('/resources', id);
  const terms: DemandTerm[] = [];
  const unknowns: DemandUnknown[] = [];
  (resource.demand ?? []).forEach((demand, index) => {
    const at = pointerOf(pointer, 'demand', index);
    const basis = basisOf(plan, demand.per);
    if (basis === undefined) return; // ref/role reports a `per` that names nothing
    if (basis.count === undefined)
      unknowns.push({
        kind: 'no-count',
        per: demand.per,
        field: basis.field,
        pointer: pointerOf(at, 'per'),
      });
    const common = {
      pointer: at,
      demandIndex: index,
      rate: demand.rate,
      per: demand.per,
      basis: basis.kind,
    };
    const count = basis.count === undefined ? {} : { count: basis.count };
    const covered = duringStages(resolveDuring(plan, demand.during));
    if (!demand.daily) {
      const amount =
        covered.length === 0
          ? 0
          : basis.count === undefined
            ? undefined
            : demand.rate * basis.count;
      const stages = covered.map((c) => c.stage);
      terms.push({
        ...common,
        ...count,
        daily: false,
        stages,
        ...(amount === undefined ? {} : { amount }),
      });
      return;
    }
    for (const { stage, entry } of covered) {
      const duration = own(plan.stages, stage)?.expect_duration;
      const days = duration === undefined ? undefined : durationMs(duration) / DAY_MS;
      if (days === undefined)
        unknowns.push({
          kind: 'no-duration',
          stage,
          pointer: pointerOf(at, 'during', entry.index),
        });
      const known = days !== undefined && basis.count !== undefined;
      terms.push({
        ...common,
        ...count,
        daily: true,
        stages: [stage],
        ...(days === undefined ? {} : { days }),
        ...(known ? { amount: demand.rate * basis.count! * days } : {}),
      });
    }
  });
  for (const { stageId, task, pointer: taskPointer } of tasks) {
    const quantity = own(task.uses, id);
    if (quantity === undefined) continue;
    terms.push({
      pointer: pointerOf(taskPointer, 'uses', id),
      task: task.id,
      rate: quantity,
      per: task.id,
      basis: 'task',
      count: 1,
      daily: false,
      stages: [stageId],
      amount: quantity,
    });
  }
  return summarise(id, resource, pointer, terms, unknowns);
}

function summarise(
  id: string,
  resource: Resource,
  pointer: string,
  terms: DemandTerm[],
  unknowns: DemandUnknown[],
): ResourceDemand {
  const need = Math.ceil(tidy(terms.reduce((sum, term) => sum + (term.amount ?? 0), 0)));
  const stock = resource.stock;
  const oneOff = terms.filter((t) => !t.daily).reduce((sum, t) => sum + (t.amount ?? 0), 0);
  const left = Math.max(0, stock - oneOff);
  const perStage = new Map<string, { perDay: number; days?: number }>();
  for (const term of terms) {
    if (!term.daily || term.count === undefined) continue;
    const stage = term.stages[0]!;
    const use =
      perStage.get(stage) ??
      (term.days === undefined ? { perDay: 0 } : { perDay: 0, days: term.days });
    use.perDay += term.rate * term.count;
    perStage.set(stage, use);
  }
  const stageUse: StageUse[] = [...perStage].map(([stage, use]) => ({
    stage,
    perDay: tidy(use.perDay),
    ...(use.days === undefined ? {} : { days: use.days }),
    coverDays: tidy(left / use.perDay),
  }));
  const peak = stageUse.length === 0 ? undefined : Math.max(...stageUse.map((use) => use.perDay));
  return {
    id,
    resource,
    pointer,
    stock,
    need,
    gap: need > stock ? tidy(need - stock) : 0,
    terms,
    unknowns,
    stageUse,
    ...(peak === undefined ? {} : { peakPerDay: peak, coverDays: tidy(left / peak) }),
  };
}

/** Rounds away floating-point dust (0.1 × 3) without hiding real fractions. */
function tidy(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
