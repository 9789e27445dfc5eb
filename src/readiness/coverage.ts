/**
 * What the plan covers (lifecycle/phases, readiness/inform-public, readiness/report-deadline,
 * readiness/medical-role, `yuan readiness`).
 *
 * - Required phases: warning, response and recovery (preparation is the normal state and is
 *   not required). A phase is covered by any stage of that phase.
 * - Every response-phase stage needs a task of kind `inform`.
 * - In a public-health plan (hazard.category public-health), every warning- and response-phase
 *   stage needs a task of kind `report` due within 2 hours: the reporting limit of China's
 *   Regulations on Public Health Emergencies (突发公共卫生事件应急条例, art. 20). A report
 *   task without `within` is not known to be on time, so it counts as late.
 * - A public-health plan needs a role whose `function` is `medical`.
 */
import { durationMs } from '../model/duration.js';
import { PHASES, type Phase, type Plan, type Task } from '../model/plan.js';
import { pointerOf } from '../model/pointer.js';
import { stageEntries, type StageEntry } from '../model/plan-entries.js';

/** The reporting limit of the public-health emergency regulations: 2 hours. */
export const REPORT_LIMIT_MS = 2 * 3_600_000;

/** The phases every plan must have a stage in. */
export const REQUIRED_PHASES: readonly Phase[] = ['warning', 'response', 'recovery'];

/** How a stage meets the 2-hour report limit. */
export interface ReportCoverage {
  stage: StageEntry;
  /** `ok`: a report task due within 2h; `late`: report tasks, none on time; `missing`: none. */
  status: 'ok' | 'late' | 'missing';
  /** The report task that comes closest (the on-time one, else the earliest), with its pointer. */
  task?: { task: Task; pointer: string; withinMs?: number };
}

/** What the plan covers. */
export interface Coverage {
  publicHealth: boolean;
  /** Stage ids of each phase, in document order. */
  stagesByPhase: Record<Phase, string[]>;
  missingPhases: Phase[];
  levels: { defined: string[]; used: string[]; unused: string[] };
  /** Response-phase stages without an inform task. */
  uninformedStages: StageEntry[];
  /** Every warning- and response-phase stage (checked by the rule in public-health plans only). */
  reportDeadlines: ReportCoverage[];
  medicalRoles: string[];
}

/** Whether the plan is about a public-health emergency. */
export function isPublicHealth(plan: Plan): boolean {
  return plan.hazard?.category === 'public-health';
}

/** The coverage of a plan. */
export function analyseCoverage(plan: Plan): Coverage {
  const stages = stageEntries(plan);
  const stagesByPhase = Object.fromEntries(
    PHASES.map((phase) => [phase, stages.filter((s) => s.stage.phase === phase).map((s) => s.id)]),
  ) as Record<Phase, string[]>;
  const defined = Object.keys(plan.levels ?? {});
  const used = [...new Set(stages.flatMap((s) => (s.stage.level ? [s.stage.level] : [])))];
  return {
    publicHealth: isPublicHealth(plan),
    stagesByPhase,
    missingPhases: REQUIRED_PHASES.filter((phase) => stagesByPhase[phase].length === 0),
    levels: { defined, used, unused: defined.filter((level) => !used.includes(level)) },
    uninformedStages: stages.filter(
      (s) =>
        s.stage.phase === 'response' && !(s.stage.tasks ?? []).some((t) => t.kind === 'inform'),
    ),
    reportDeadlines: stages
      .filter((s) => s.stage.phase === 'warning' || s.stage.phase === 'response')
      .map(reportCoverage),
    medicalRoles: Object.entries(plan.roles ?? {})
      .filter(([, role]) => role.function === 'medical')
      .map(([id]) => id),
  };
}

/** How one stage meets the report limit. */
export function reportCoverage(entry: StageEntry): ReportCoverage {
  const reports = (entry.stage.tasks ?? [])
    .map((task, index) => ({
      task,
      pointer: pointerOf(entry.pointer, 'tasks', index),
      ...(task.within === undefined ? {} : { withinMs: durationMs(task.within) }),
    }))
    .filter(({ task }) => task.kind === 'report');
  if (reports.length === 0) return { stage: entry, status: 'missing' };
  const soonest = reports.reduce((best, next) =>
    (next.withinMs ?? Infinity) < (best.withinMs ?? Infinity) ? next : best,
  );
  const onTime = soonest.withinMs !== undefined && soonest.withinMs <= REPORT_LIMIT_MS;
  return { stage: entry, status: onTime ? 'ok' : 'late', task: soonest };
}
