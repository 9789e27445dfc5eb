/** The options of `yuan validate`, checked: each mistake is a one-line usage error. */
import {
  findingsFormatNames,
  isFindingsFormatName,
  type FindingsFormatName,
} from '../../report/findings/load-format.js';
import { isCalendarDate } from '../../check/calendar-date.js';
import { MAX_SHARDS, parseShard, type Shard } from '../../check/shard.js';
import { UsageError, type CommandContext } from '../io.js';

/** The options as commander gives them: text, unchecked. */
export interface RawValidateOptions {
  format: string;
  maxWarnings?: string;
  today?: string;
  config?: string;
  maxFileSize?: string;
  shard?: string;
}

/** The options, checked and typed. */
export interface ValidateCliOptions {
  format: FindingsFormatName;
  /** Most warnings allowed before the exit code is 1 (undefined: any number). */
  maxWarnings?: number;
  today?: string;
  config?: string;
  maxFileSize?: number;
  shard?: Shard;
}

/** Checks the raw options; throws a UsageError naming the option and what it accepts. */
export function parseValidateOptions(
  raw: RawValidateOptions,
  { t }: Pick<CommandContext, 't'>,
): ValidateCliOptions {
  const { format } = raw;
  if (!isFindingsFormatName(format)) {
    const choices = findingsFormatNames.join(', ');
    throw new UsageError(t('cli.bad-choice', { option: '--format', choices, value: format }));
  }
  const options: ValidateCliOptions = { format };
  if (raw.maxWarnings !== undefined) {
    options.maxWarnings = wholeNumber(raw.maxWarnings, 0, () =>
      t('validate.cli.bad-count', { option: '--max-warnings', value: raw.maxWarnings! }),
    );
  }
  if (raw.maxFileSize !== undefined) {
    options.maxFileSize = wholeNumber(raw.maxFileSize, 1, () =>
      t('validate.cli.bad-size', { value: raw.maxFileSize! }),
    );
  }
  if (raw.today !== undefined) {
    if (!isCalendarDate(raw.today))
      throw new UsageError(t('validate.cli.bad-today', { value: raw.today }));
    options.today = raw.today;
  }
  if (raw.config !== undefined) options.config = raw.config;
  if (raw.shard !== undefined) {
    const parsed = parseShard(raw.shard);
    if ('problem' in parsed) {
      throw new UsageError(t('validate.cli.bad-shard', { value: raw.shard, max: MAX_SHARDS }));
    }
    options.shard = parsed.shard;
  }
  return options;
}

function wholeNumber(text: string, minimum: number, message: () => string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < minimum) {
    throw new UsageError(message());
  }
  return value;
}
