/** `yuan init`'s flags, checked: every mistake is a usage error that says what to write. */
import type { Translate } from '../../i18n/index.js';
import { isCalendarDate } from '../../check/calendar-date.js';
import { isTemplateName, TEMPLATE_NAMES, type TemplateName } from '../../init/index.js';
import { UsageError } from '../io.js';
import { amountValue, countValue, MAX_NAME_LENGTH, nameValue, pairValue } from './init-values.js';

/** The options as commander hands them over. */
export interface RawInitOptions {
  template?: string;
  name?: string;
  population?: string;
  households?: string;
  teamSize?: string;
  site?: string[];
  stock?: string[];
  today?: string;
  force?: boolean;
  yes?: boolean;
}

/** The options, checked. Site and stock ids are checked once the template is known. */
export interface InitFlags {
  template?: TemplateName;
  name?: string;
  population?: number;
  households?: number;
  teamSize?: number;
  sites: Record<string, number>;
  stocks: Record<string, number>;
  today?: string;
  force: boolean;
  yes: boolean;
}

/** Checks the flags; throws a UsageError naming the flag at fault. */
export function parseInitFlags(raw: RawInitOptions, t: Translate): InitFlags {
  const flags: InitFlags = {
    sites: pairs('--site', raw.site, 'checkpoint=9', (v) => countValue(v, 0), t, 0),
    stocks: pairs('--stock', raw.stock, 'thermometer=13', amountValue, t),
    force: raw.force === true,
    yes: raw.yes === true,
  };
  if (raw.template !== undefined) {
    if (!isTemplateName(raw.template)) {
      const choices = TEMPLATE_NAMES.join(', ');
      throw new UsageError(
        t('cli.bad-choice', { option: '--template', choices, value: raw.template }),
      );
    }
    flags.template = raw.template;
  }
  if (raw.name !== undefined) {
    const name = nameValue(raw.name);
    if (name === undefined)
      throw new UsageError(t('init.bad-name', { option: '--name', max: MAX_NAME_LENGTH }));
    flags.name = name;
  }
  if (raw.population !== undefined) flags.population = count('--population', raw.population, t);
  if (raw.households !== undefined) flags.households = count('--households', raw.households, t);
  if (raw.teamSize !== undefined) flags.teamSize = count('--team-size', raw.teamSize, t);
  if (raw.today !== undefined) {
    if (!isCalendarDate(raw.today)) throw new UsageError(t('init.bad-today', { value: raw.today }));
    flags.today = raw.today;
  }
  return flags;
}

/** Refuses site or stock ids the chosen template does not have. */
export function checkIds(
  option: '--site' | '--stock',
  given: Record<string, number>,
  known: readonly string[],
  template: TemplateName,
  t: Translate,
): void {
  for (const id of Object.keys(given)) {
    if (!known.includes(id))
      throw new UsageError(t('init.unknown-id', { option, template, id, ids: known.join(', ') }));
  }
}

function count(option: string, text: string, t: Translate): number {
  const value = countValue(text, 1);
  if (value === undefined)
    throw new UsageError(t('init.bad-count', { option, min: 1, value: text }));
  return value;
}

function pairs(
  option: string,
  texts: readonly string[] | undefined,
  example: string,
  parse: (text: string) => number | undefined,
  t: Translate,
  min?: number,
): Record<string, number> {
  const result: Record<string, number> = {};
  for (const text of texts ?? []) {
    const pair = pairValue(text);
    if (pair === undefined)
      throw new UsageError(t('init.bad-pair', { option, example, value: text }));
    const value = parse(pair.value);
    if (value === undefined) {
      const key = min === undefined ? 'init.bad-amount' : 'init.bad-count';
      throw new UsageError(
        t(key, { option: `${option} ${pair.id}`, min: min ?? 0, value: pair.value }),
      );
    }
    result[pair.id] = value;
  }
  return result;
}
