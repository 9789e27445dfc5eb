/**
 * A template made into a user's plan and scenario: placeholders filled from the answers, then
 * each resource's stock set to what the user holds, by default the need that `src/readiness`
 * computes from the filled-in counts (the same computation as readiness/shortfall, so a plan
 * written with the defaults has no shortfall).
 */
import { parse, parseDocument } from 'yaml';
import type { Plan } from '../model/plan.js';
import type { Scenario } from '../model/scenario.js';
import { resourceDemands, type ResourceDemand } from '../readiness/index.js';
import { applyEdits, fillPlaceholders, scalarEdit } from './fill-placeholders.js';
import type { TemplateSources } from './read-template.js';
import { templateFileNames, type TemplateName } from './template-catalog.js';

/** Everything a template is filled with. */
export interface InitParams {
  template: TemplateName;
  name: string;
  population: number;
  households: number;
  teamSize: number;
  /** The date written as the last review and drill (YYYY-MM-DD). */
  today: string;
  /** Every site count of the template, by site id. */
  sites: Record<string, number>;
  /** Stocks the user gave, by resource id; the others start at their computed need. */
  stocks: Record<string, number>;
}

/** One file to write. */
export interface RenderedFile {
  kind: 'plan' | 'scenario';
  name: string;
  text: string;
}

/** A filled-in template: the files, and the plan's resources against their need. */
export interface RenderedTemplate {
  files: [RenderedFile, RenderedFile];
  plan: Plan;
  scenario: Scenario;
  demands: ResourceDemand[];
}

/** Fills a template's plan and scenario. */
export function renderTemplate(sources: TemplateSources, params: InitParams): RenderedTemplate {
  const names = templateFileNames(params.template);
  const values = placeholderValues(params, names.plan);
  const filled = fillPlaceholders(sources.plan, values);
  const draft = parseDocument(filled);
  const needs = resourceDemands(draft.toJS() as Plan);
  const edits = needs.map(({ id, need }) =>
    scalarEdit(draft, ['resources', id, 'stock'], String(params.stocks[id] ?? Math.ceil(need))),
  );
  const planText = applyEdits(filled, edits);
  const scenarioText = fillPlaceholders(sources.scenario, values);
  const plan = parse(planText) as Plan;
  return {
    files: [
      { kind: 'plan', name: names.plan, text: planText },
      { kind: 'scenario', name: names.scenario, text: scenarioText },
    ],
    plan,
    scenario: parse(scenarioText) as Scenario,
    demands: resourceDemands(plan),
  };
}

/** The need of each resource of a template for the given counts (stocks aside). */
export function templateNeeds(sources: TemplateSources, params: InitParams): ResourceDemand[] {
  const names = templateFileNames(params.template);
  const filled = fillPlaceholders(sources.plan, placeholderValues(params, names.plan));
  return resourceDemands(parse(filled) as Plan);
}

/** The resource ids of a template, in its order. */
export function templateResourceIds(sources: TemplateSources): string[] {
  const plan = parse(sources.plan) as { resources?: Record<string, unknown> };
  return Object.keys(plan.resources ?? {});
}

function placeholderValues(params: InitParams, planFile: string): Record<string, string | number> {
  const values: Record<string, string | number> = {
    name: params.name,
    population: params.population,
    households: params.households,
    'team-size': params.teamSize,
    today: params.today,
    'plan-file': planFile,
  };
  for (const [id, count] of Object.entries(params.sites)) values[`site.${id}`] = count;
  return values;
}
