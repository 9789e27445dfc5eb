/** The readiness report for machines: the report data as it is, with a format version. */
import type { ReadinessReport } from './readiness-report.js';

/** Version of the JSON shape; raised when a field changes meaning or disappears. */
export const READINESS_JSON_VERSION = 1;

/** The report as JSON (stable field names; numbers unrounded; plan text as written). */
export function formatReadinessJson(report: ReadinessReport): string {
  return `${JSON.stringify({ version: READINESS_JSON_VERSION, ...report }, null, 2)}\n`;
}
