/** The options of `yuan drill`, checked: each mistake is a one-line usage error (exit 2). */
import { DRILL_REPORT_FORMATS, type DrillReportFormat } from '../../report/drill/index.js';
import { UsageError, type CommandContext } from '../io.js';

/** The options as commander gives them: text, unchecked. */
export interface RawDrillOptions {
  scenario?: string;
  role?: string[];
  answers?: string;
  pace?: string;
  journal?: string;
  resume?: string;
  report: string;
  minScore?: string;
}

/** The options, checked and typed. */
export interface DrillOptions {
  scenario?: string;
  /** Roles played; empty: the scenario's `players`, else every role. */
  roles: string[];
  answers?: string;
  pace?: number;
  journal?: string;
  resume?: string;
  report: DrillReportFormat;
  minScore?: number;
}

/** Checks the raw options; throws a UsageError naming the option and what it accepts. */
export function parseDrillOptions(
  raw: RawDrillOptions,
  { t }: Pick<CommandContext, 't'>,
): DrillOptions {
  const report = raw.report as DrillReportFormat;
  if (!DRILL_REPORT_FORMATS.includes(report)) {
    const choices = DRILL_REPORT_FORMATS.join(', ');
    throw new UsageError(t('cli.bad-choice', { option: '--report', choices, value: raw.report }));
  }
  if (raw.journal !== undefined && raw.resume !== undefined) {
    throw new UsageError(t('drill.journal-and-resume'));
  }
  // A resumed drill keeps the scenario, roles and pace its journal started with.
  const fixed = { '--scenario': raw.scenario, '--role': raw.role, '--pace': raw.pace };
  const changed = Object.entries(fixed).find(([, value]) => value !== undefined)?.[0];
  if (raw.resume !== undefined && changed !== undefined) {
    throw new UsageError(t('drill.resume-fixed', { option: changed }));
  }
  const options: DrillOptions = {
    roles: (raw.role ?? []).flatMap((role) => role.split(',')).filter((role) => role !== ''),
    report,
  };
  if (raw.pace !== undefined) {
    const pace = Number(raw.pace);
    if (raw.pace.trim() === '' || !Number.isFinite(pace) || pace <= 0) {
      throw new UsageError(t('drill.bad-pace', { value: raw.pace }));
    }
    options.pace = pace;
  }
  if (raw.minScore !== undefined) {
    const minScore = Number(raw.minScore);
    if (
      raw.minScore.trim() === '' ||
      !Number.isFinite(minScore) ||
      minScore < 0 ||
      minScore > 100
    ) {
      throw new UsageError(t('drill.bad-min-score', { value: raw.minScore }));
    }
    options.minScore = minScore;
  }
  for (const key of ['scenario', 'answers', 'journal', 'resume'] as const) {
    if (raw[key] !== undefined) options[key] = raw[key];
  }
  return options;
}
