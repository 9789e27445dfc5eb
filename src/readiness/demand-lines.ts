/**
 * The arithmetic of a resource's need as one line per demand entry or task use, for messages and
 * the readiness report: the daily parts of one demand are merged (days summed over its stages),
 * so "0.01 per building a day × 98 × 42 days of screening, lockdown" reads as the author wrote it.
 */
import type { DemandTerm, ResourceDemand } from './resource-demand.js';

/** One demand entry (or task use) with its total. */
export interface DemandLine {
  /** The first term of the entry: rate, per, basis, count and daily are the same for all. */
  term: DemandTerm;
  /** All stages the entry covers. */
  stages: string[];
  /** Expected days summed over the stages whose duration is known (daily demands). */
  days: number;
  /** The entry's total over its known parts (what the need counts). */
  amount: number;
  /** False when a count or a stage duration is missing, so `amount` is a lower bound. */
  complete: boolean;
}

/** The need of a resource, one line per demand entry or task use, in the order of the terms. */
export function demandLines(demand: ResourceDemand): DemandLine[] {
  const lines: DemandLine[] = [];
  const byDemand = new Map<number, DemandLine>();
  for (const term of demand.terms) {
    const key = term.daily ? term.demandIndex : undefined;
    let line = key === undefined ? undefined : byDemand.get(key);
    if (line === undefined) {
      line = { term, stages: [], days: 0, amount: 0, complete: true };
      lines.push(line);
      if (key !== undefined) byDemand.set(key, line);
    }
    line.stages.push(...term.stages);
    line.days += term.days ?? 0;
    line.amount += term.amount ?? 0;
    if (term.amount === undefined) line.complete = false;
  }
  return lines;
}
