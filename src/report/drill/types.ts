/** The contract between a drill's record and its report formats. */
import type { Lang, Translate } from '../../i18n/index.js';
import type { DrillEvent, DrillScore, Plan, Scenario } from '../../model/index.js';

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
