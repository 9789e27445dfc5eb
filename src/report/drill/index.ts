/**
 * Drill reports: one pure formatter per `--report`/`--format` value, each returning a string.
 */
import { formatDrillHtml } from './html.js';
import { formatDrillJson } from './json.js';
import { formatDrillMarkdown } from './md.js';
import { formatDrillText } from './text.js';
import type {
  DrillReportFormat,
  DrillReportFormatter,
  DrillReportInput,
  DrillReportOptions,
} from './types.js';

export * from './types.js';

/** The formatter of each format. */
export const drillReportFormatters: Record<DrillReportFormat, DrillReportFormatter> = {
  json: formatDrillJson,
  text: formatDrillText,
  md: formatDrillMarkdown,
  html: formatDrillHtml,
};

/** Formats a drill report. */
export function formatDrillReport(
  format: DrillReportFormat,
  input: DrillReportInput,
  options: DrillReportOptions,
): string {
  return drillReportFormatters[format](input, options);
}
