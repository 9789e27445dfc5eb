/** The questions of `yuan init`, asked only for what the flags leave open. */
import type { Translate } from '../../i18n/index.js';
import {
  templateNeeds,
  templateSpec,
  TEMPLATE_NAMES,
  withDefaults,
  type InitParams,
  type TemplateName,
  type TemplateSources,
} from '../../init/index.js';
import type { InitFlags } from './init-flags.js';
import { amountValue, countValue, MAX_NAME_LENGTH, nameValue } from './init-values.js';
import type { InitPrompter } from './prompter.js';

/** Asks which template to use. */
export function askTemplate(prompter: InitPrompter, t: Translate): Promise<TemplateName> {
  return prompter.select({
    message: t('init.ask.template'),
    choices: TEMPLATE_NAMES.map((name) => ({ value: name, name: t(templateSpec(name).title) })),
    default: 'epidemic',
  });
}

/** Asks the place's name and counts, then the key stocks with their computed need as default. */
export async function askCounts(
  prompter: InitPrompter,
  flags: InitFlags,
  template: TemplateName,
  sources: TemplateSources,
  today: string,
  t: Translate,
): Promise<InitParams> {
  const spec = templateSpec(template);
  const name =
    flags.name ??
    nameValue(
      await prompter.input({
        message: t('init.ask.name'),
        default: spec.defaults.name,
        validate: (answer) =>
          nameValue(answer) !== undefined ||
          t('init.bad-name', { option: t('init.ask.name'), max: MAX_NAME_LENGTH }),
      }),
    )!;
  const askCount = async (message: string, fallback: number, min: number) =>
    countValue(
      await prompter.input({
        message,
        default: String(fallback),
        validate: (answer) =>
          countValue(answer, min) !== undefined ||
          t('init.bad-count', { option: message, min, value: answer }),
      }),
      min,
    )!;
  const population =
    flags.population ?? (await askCount(t('init.ask.population'), spec.defaults.population, 1));
  const households =
    flags.households ?? (await askCount(t('init.ask.households'), spec.defaults.households, 1));
  const teamSize =
    flags.teamSize ??
    (await askCount(t('init.ask.team-size', { team: t(spec.team) }), spec.defaults.teamSize, 1));
  const sites = { ...flags.sites };
  for (const site of spec.sites) {
    if (site.id in sites) continue;
    const message = t('init.ask.site', { site: t(site.label) });
    sites[site.id] = await askCount(message, site.defaultFor({ population, households }), 0);
  }
  const answered = { template, today, name, population, households, teamSize, sites };
  const stocks = { ...flags.stocks };
  const needs = templateNeeds(sources, withDefaults({ ...answered, stocks }));
  for (const id of spec.keyStocks) {
    const demand = needs.find((d) => d.id === id);
    if (id in stocks || demand === undefined) continue;
    const need = Math.ceil(demand.need);
    const { title, unit = '' } = demand.resource;
    const message = t('init.ask.stock', { title, unit, need });
    stocks[id] = amountValue(
      await prompter.input({
        message,
        default: String(need),
        validate: (answer) =>
          amountValue(answer) !== undefined ||
          t('init.bad-amount', { option: title, value: answer }),
      }),
    )!;
  }
  return withDefaults({ ...answered, stocks });
}

/** The answers of `--yes`: the flags, else the template's defaults. */
export function flagParams(flags: InitFlags, template: TemplateName, today: string): InitParams {
  return withDefaults({
    template,
    today,
    ...(flags.name === undefined ? {} : { name: flags.name }),
    ...(flags.population === undefined ? {} : { population: flags.population }),
    ...(flags.households === undefined ? {} : { households: flags.households }),
    ...(flags.teamSize === undefined ? {} : { teamSize: flags.teamSize }),
    sites: flags.sites,
    stocks: flags.stocks,
  });
}
