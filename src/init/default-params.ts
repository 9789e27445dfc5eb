/** The parameters of a template when the user accepts every default. */
import type { InitParams } from './render-template.js';
import { templateSpec } from './template-catalog.js';

/** Answers given so far; anything missing takes the template's default. */
export type PartialParams = Partial<Omit<InitParams, 'template' | 'today'>> &
  Pick<InitParams, 'template' | 'today'>;

/** Completes the answers with the template's defaults; site defaults follow the given counts. */
export function withDefaults(given: PartialParams): InitParams {
  const spec = templateSpec(given.template);
  const population = given.population ?? spec.defaults.population;
  const households = given.households ?? spec.defaults.households;
  const sites: Record<string, number> = {};
  for (const site of spec.sites) {
    sites[site.id] = given.sites?.[site.id] ?? site.defaultFor({ population, households });
  }
  return {
    template: given.template,
    today: given.today,
    name: given.name ?? spec.defaults.name,
    population,
    households,
    teamSize: given.teamSize ?? spec.defaults.teamSize,
    sites,
    stocks: { ...given.stocks },
  };
}
