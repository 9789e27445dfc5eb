/**
 * The hazard templates of `yuan init`: their names, the counts they ask for and their defaults.
 *
 * A template is two YAML files under `templates/<name>/` at the package root (`plan.yaml` and
 * `scenario.yaml`) with `{{placeholder}}` scalars; this catalog says which placeholders each one
 * has and what to fill them with when the user gives nothing. Site defaults scale with the
 * population or households so that `--population` alone still gives a coherent plan.
 */
import type { PlainMessageKey } from '../i18n/index.js';

/** Every template, in the order `yuan init` offers them. */
export const TEMPLATE_NAMES = ['epidemic', 'flood', 'fire', 'earthquake', 'chemical'] as const;
/** The name of a template. */
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** The counts every site default may be derived from. */
export interface ScopeCounts {
  population: number;
  households: number;
}

/** A site count (`scope.sites.<id>`) the template asks for. */
export interface SiteSpec {
  id: string;
  /** What the site is, for the question that asks its count. */
  label: PlainMessageKey;
  defaultFor(scope: ScopeCounts): number;
}

/** What a template asks for and its defaults. */
export interface TemplateSpec {
  name: TemplateName;
  /** One line: the hazard and what the template stresses. */
  title: PlainMessageKey;
  /** Who the response team is (`--team-size` sets its count). */
  team: PlainMessageKey;
  defaults: { name: string; population: number; households: number; teamSize: number };
  sites: SiteSpec[];
  /** Resource ids whose stock `yuan init` asks for; the others start at their computed need. */
  keyStocks: string[];
}

/** One for every `per` of `count`, at least one. */
const onePer = (count: number, per: number) => Math.max(1, Math.ceil(count / per));

const SPECS: Record<TemplateName, TemplateSpec> = {
  epidemic: {
    name: 'epidemic',
    title: 'init.template.epidemic',
    team: 'init.team.epidemic',
    // X community of the seed paper: 7,308 residents, 39 staff, 9 checkpoints, 98 buildings.
    defaults: { name: 'X社区', population: 7308, households: 2100, teamSize: 39 },
    sites: [
      {
        id: 'checkpoint',
        label: 'init.site.checkpoint',
        defaultFor: ({ households }) => onePer(households, 240),
      },
      {
        id: 'building',
        label: 'init.site.building',
        defaultFor: ({ households }) => onePer(households, 21),
      },
    ],
    keyStocks: ['thermometer', 'medical-mask', 'disinfectant', 'vehicle'],
  },
  flood: {
    name: 'flood',
    title: 'init.template.flood',
    team: 'init.team.flood',
    defaults: { name: 'X社区', population: 8000, households: 2800, teamSize: 30 },
    sites: [
      {
        id: 'low-point',
        label: 'init.site.low-point',
        defaultFor: ({ population }) => onePer(population, 1000),
      },
      {
        id: 'basement',
        label: 'init.site.basement',
        defaultFor: ({ households }) => onePer(households, 150),
      },
      {
        id: 'at-risk-resident',
        label: 'init.site.at-risk-resident',
        defaultFor: ({ population }) => onePer(population, 20),
      },
    ],
    keyStocks: ['sandbag', 'pump', 'life-jacket', 'drinking-water'],
  },
  fire: {
    name: 'fire',
    title: 'init.template.fire',
    team: 'init.team.fire',
    defaults: { name: 'X小学', population: 1500, households: 1400, teamSize: 16 },
    sites: [
      {
        id: 'classroom',
        label: 'init.site.classroom',
        defaultFor: ({ population }) => onePer(population, 45),
      },
      { id: 'floor', label: 'init.site.floor', defaultFor: () => 5 },
      { id: 'stairway', label: 'init.site.stairway', defaultFor: () => 4 },
    ],
    keyStocks: ['extinguisher', 'smoke-hood', 'megaphone'],
  },
  earthquake: {
    name: 'earthquake',
    title: 'init.template.earthquake',
    team: 'init.team.earthquake',
    defaults: { name: 'X镇', population: 12000, households: 4200, teamSize: 40 },
    sites: [
      {
        id: 'shelter',
        label: 'init.site.shelter',
        defaultFor: ({ population }) => onePer(population, 5000),
      },
      {
        id: 'old-building',
        label: 'init.site.old-building',
        defaultFor: ({ households }) => onePer(households, 100),
      },
      {
        id: 'displaced',
        label: 'init.site.displaced',
        defaultFor: ({ population }) => onePer(population, 10),
      },
    ],
    keyStocks: ['tent', 'drinking-water', 'rescue-kit'],
  },
  chemical: {
    name: 'chemical',
    title: 'init.template.chemical',
    team: 'init.team.chemical',
    defaults: { name: 'X化工有限公司', population: 300, households: 800, teamSize: 20 },
    sites: [
      { id: 'tank-area', label: 'init.site.tank-area', defaultFor: () => 2 },
      { id: 'workshop', label: 'init.site.workshop', defaultFor: () => 4 },
    ],
    keyStocks: ['filter-mask', 'scba', 'chemical-suit'],
  },
};

/** Whether a word names a template. */
export function isTemplateName(word: string): word is TemplateName {
  return (TEMPLATE_NAMES as readonly string[]).includes(word);
}

/** The spec of a template. */
export function templateSpec(name: TemplateName): TemplateSpec {
  return SPECS[name];
}

/** The file names `yuan init` writes for a template. */
export function templateFileNames(name: TemplateName): { plan: string; scenario: string } {
  return { plan: `${name}-plan.yaml`, scenario: `${name}-scenario.yaml` };
}
