/**
 * Drill reports: one pure formatter per `--report`/`--format` value, each returning a string.
 * The reports engineer replaces the interim text formatter and adds md and html here.
 */
import type { Lang, Translate } from '../../i18n/index.js';
import type { DrillEvent, DrillScore, Plan, Scenario } from '../../model/index.js';
import { formatDrillHtml } from './html.js';
import { formatDrillJson } from './json.js';
import { formatDrillMarkdown } from './md.js';
import { formatDrillText } from './text.js';

/** The formats a drill report can take (cli.md). */
export const DRILL_REPORT_FORMATS = ['text', 'md', 'html', 'json'] as const;
/** One drill report format. */
export type DrillReportFormat = (typeof DRILL_REPORT_FORMATS)[number];

/** Everything a drill report is made from: the journal's events, their score, and the documents. */
export interface DrillReportInput {
  events: readonly DrillEvent[];
  score: DrillScore;
  plan: Plan;
  scenario: Scenario;
  /** The plan file as the user named it. */
  planFile: string;
  /** The journal file, when there is one. */
  journalFile?: string;
}

/** How to write a report: the language of its labels. */
export interface DrillReportOptions {
  t: Translate;
  lang: Lang;
}

/** A drill report formatter: data in, text out, no I/O. */
export type DrillReportFormatter = (input: DrillReportInput, options: DrillReportOptions) => string;

/** The formatters by format; a missing one falls back to text (until md and html exist). */
export const drillReportFormatters: Partial<Record<DrillReportFormat, DrillReportFormatter>> = {
  json: formatDrillJson,
  text: formatDrillText,
  md: formatDrillMarkdown,
  html: formatDrillHtml,
};

/** Formats a drill report, falling back to text for formats not written yet. */
export function formatDrillReport(
  format: DrillReportFormat,
  input: DrillReportInput,
  options: DrillReportOptions,
): string {
  const formatter = drillReportFormatters[format] ?? formatDrillText;
  return formatter(input, options);
}
