/** The options of `yuan readiness`, checked: each mistake is a one-line usage error. */
import type { Translate } from '../../i18n/index.js';
import {
  isReadinessFormat,
  READINESS_FORMATS,
  type ReadinessFormat,
} from '../../report/readiness/index.js';
import { isCalendarDate } from '../../check/calendar-date.js';
import { UsageError } from '../io.js';

/** The options as commander gives them. */
export interface RawReadinessOptions {
  format: string;
  today?: string;
  output?: string;
  config?: string;
}

/** The options, checked. */
export interface ReadinessOptions {
  format: ReadinessFormat;
  today?: string;
  output?: string;
  config?: string;
}

/** Checks the raw options; throws a UsageError naming the option and what it accepts. */
export function parseReadinessOptions(raw: RawReadinessOptions, t: Translate): ReadinessOptions {
  if (!isReadinessFormat(raw.format)) {
    const choices = READINESS_FORMATS.join(', ');
    throw new UsageError(t('cli.bad-choice', { option: '--format', choices, value: raw.format }));
  }
  const options: ReadinessOptions = { format: raw.format };
  if (raw.today !== undefined) {
    if (!isCalendarDate(raw.today))
      throw new UsageError(t('readiness.cli.bad-today', { value: raw.today }));
    options.today = raw.today;
  }
  if (raw.output !== undefined) options.output = raw.output;
  if (raw.config !== undefined) options.config = raw.config;
  return options;
}
