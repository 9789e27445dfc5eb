/** The readiness report (`yuan readiness`): one pure formatter per `--format` value. */
import type { ReadinessFormatOptions } from './format-options.js';
import { formatReadinessHtml } from './html.js';
import { formatReadinessJson } from './json.js';
import { formatReadinessMarkdown } from './md.js';
import type { ReadinessReport } from './readiness-report.js';
import { formatReadinessText } from './text.js';

export * from './readiness-report.js';
export * from './format-options.js';
export { buildReadinessReport, type ReadinessInput } from './build-readiness-report.js';

/** The formats of `yuan readiness --format`; the first is the default. */
export const READINESS_FORMATS = ['text', 'md', 'html', 'json'] as const;
/** One readiness report format. */
export type ReadinessFormat = (typeof READINESS_FORMATS)[number];

/** Whether a `--format` value names a readiness format. */
export function isReadinessFormat(name: string): name is ReadinessFormat {
  return (READINESS_FORMATS as readonly string[]).includes(name);
}

/** Each format's formatter: data in, text out, no I/O. */
export const readinessFormatters: Record<
  ReadinessFormat,
  (report: ReadinessReport, options: ReadinessFormatOptions) => string
> = {
  text: formatReadinessText,
  md: formatReadinessMarkdown,
  html: formatReadinessHtml,
  json: formatReadinessJson,
};
