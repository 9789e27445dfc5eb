/** The machine-readable format: every file with its findings and counts, in a stable shape. */
import { sortFindings } from '../../model/finding.js';
import { countFindings } from './counts.js';
import { ITEMS, jsonStream } from './json-stream.js';
import { wholeOutput, type FileReport, type FindingsFormat } from './types.js';

/** Version of this JSON shape; raised only when a field changes meaning or goes away. */
export const FINDINGS_JSON_VERSION = 1;

/**
 * `{ version, tool, files: [{ file, errorCount, warningCount, findings: [{ ruleId, severity,
 * message, line, column, endLine, endColumn, pointer }] }], errorCount, warningCount }`. Keys are
 * written in a fixed order and positions are 1-based (end column exclusive). The totals come
 * after the files: each file is written as soon as it is checked, before the totals are known.
 */
export const jsonFormat: FindingsFormat = (options) => {
  const total = { errors: 0, warnings: 0 };
  const skeleton = () => ({
    version: FINDINGS_JSON_VERSION,
    tool: { name: 'yuan', version: options.toolVersion },
    files: [ITEMS],
    errorCount: total.errors,
    warningCount: total.warnings,
  });
  const stream = jsonStream(skeleton());
  return {
    file(report) {
      const counts = countFindings(report.findings);
      total.errors += counts.errors;
      total.warnings += counts.warnings;
      return stream.item(fileEntry(report, counts));
    },
    end: () => stream.end(skeleton()),
  };
};

/** The whole JSON document at once. */
export const formatJson = wholeOutput(jsonFormat);

function fileEntry({ file, findings }: FileReport, counts: ReturnType<typeof countFindings>) {
  return {
    file,
    errorCount: counts.errors,
    warningCount: counts.warnings,
    findings: sortFindings(findings).map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      pointer: finding.pointer,
    })),
  };
}
