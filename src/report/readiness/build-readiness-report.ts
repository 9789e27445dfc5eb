/** Builds the readiness report of a plan from the shared readiness computations and its findings. */
import type { Finding } from '../../model/finding.js';
import { PHASES, type Plan } from '../../model/plan.js';
import {
  analyseCoverage,
  analyseLifecycle,
  demandLines,
  resourceDemands,
  roleAuthorities,
  type ResourceDemand,
  type RoleAuthority,
} from '../../readiness/index.js';
import { orderGaps } from './order-gaps.js';
import type {
  CoverageReadiness,
  ReadinessReport,
  ResourceReadiness,
  RoleReadiness,
  ScenarioEntry,
} from './readiness-report.js';

/** What the report is built from: a plan that passed the schema, and what the pipeline found in it. */
export interface ReadinessInput {
  plan: Plan;
  /** The plan file as the user named it. */
  file: string;
  today: string;
  /** The plan file's findings from the validate pipeline (config severities applied). */
  findings: readonly Finding[];
  /** Scenario files beside the plan that name it (inline scenarios are read from the plan). */
  scenarioFiles?: readonly ScenarioEntry[];
}

/** The readiness report of a plan. */
export function buildReadinessReport(input: ReadinessInput): ReadinessReport {
  const { plan, today } = input;
  const resources = resourceDemands(plan).map(resourceReadiness);
  const roles = roleAuthorities(plan).map(roleReadiness);
  const lifecycle = analyseLifecycle(plan, today);
  const inline = (plan.scenarios ?? []).map(({ id, title }) => ({ id, title }));
  return {
    plan: {
      id: plan.id,
      title: plan.title,
      file: input.file,
      ...(plan.type ? { type: plan.type } : {}),
      ...(plan.hazard ? { hazard: plan.hazard } : {}),
      scope: { ...plan.scope, sites: { ...plan.scope?.sites } },
    },
    today,
    resources,
    people: {
      roles,
      singlePointsOfFailure: roles.filter((r) => r.singlePointOfFailure).map((r) => r.id),
    },
    coverage: coverageReadiness(plan),
    lifecycle: {
      review: lifecycle.review,
      drill: lifecycle.drill,
      scenarios: [...inline, ...(input.scenarioFiles ?? [])],
    },
    gaps: orderGaps(input.findings, resources),
  };
}

function resourceReadiness(demand: ResourceDemand): ResourceReadiness {
  const { resource } = demand;
  return {
    id: demand.id,
    title: resource.title,
    ...(resource.unit === undefined ? {} : { unit: resource.unit }),
    stock: demand.stock,
    need: demand.need,
    gap: demand.gap,
    lines: demandLines(demand).map(({ term, stages, days, amount, complete }) => ({
      rate: term.rate,
      per: term.per,
      ...(term.basis === undefined ? {} : { basis: term.basis }),
      ...(term.count === undefined ? {} : { count: term.count }),
      daily: term.daily,
      ...(term.daily ? { days } : {}),
      stages,
      amount,
      complete,
    })),
    unknowns: demand.unknowns,
    daily: demand.stageUse.map((use) => ({ ...use })),
    ...(demand.coverDays === undefined ? {} : { coverDays: demand.coverDays }),
    ...(demand.peakPerDay === undefined ? {} : { peakPerDay: demand.peakPerDay }),
  };
}

function roleReadiness(role: RoleAuthority): RoleReadiness {
  return {
    id: role.id,
    title: role.role.title,
    function: role.role.function,
    count: role.count,
    ...(role.deputy === undefined ? {} : { deputy: role.deputy }),
    authority: role.authority,
    ...(role.role.contact === undefined ? {} : { contact: role.role.contact }),
    owns: role.owns.map((owned) => ({
      id: owned.decision.id,
      title: owned.decision.title,
      stage: owned.stage,
      ...(owned.decision.within === undefined ? {} : { within: owned.decision.within }),
      urgent: owned.urgent,
      authorised: owned.authorised,
    })),
    maxOpenAtOnce: role.maxOpenAtOnce,
    ...(role.busiestStage === undefined ? {} : { busiestStage: role.busiestStage }),
    mustEscalate: role.mustEscalate.map((owned) => owned.decision.id),
    singlePerson: role.singlePerson,
    singlePointOfFailure: role.singlePointOfFailure,
  };
}

function coverageReadiness(plan: Plan): CoverageReadiness {
  const coverage = analyseCoverage(plan);
  return {
    publicHealth: coverage.publicHealth,
    phases: PHASES.map((phase) => ({ phase, stages: coverage.stagesByPhase[phase] })),
    missingPhases: coverage.missingPhases,
    levels: coverage.levels,
    stagesWithoutInform: coverage.uninformedStages.map((entry) => entry.id),
    reports: coverage.reportDeadlines.map(({ stage, status, task }) => ({
      stage: stage.id,
      phase: stage.stage.phase,
      status,
      ...(task ? { task: task.task.id } : {}),
      ...(task?.task.within === undefined ? {} : { within: task.task.within }),
    })),
    medicalRoles: coverage.medicalRoles,
  };
}
