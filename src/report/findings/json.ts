/** The machine-readable format: every file with its findings and counts, in a stable shape. */
import { sortFindings } from '../../model/finding.js';
import { countFiles, countFindings } from './counts.js';
import type { FindingsFormatter } from './types.js';

/** Version of this JSON shape; raised only when a field changes meaning or goes away. */
export const FINDINGS_JSON_VERSION = 1;

/**
 * `{ version, tool, errorCount, warningCount, files: [{ file, errorCount, warningCount,
 * findings: [{ ruleId, severity, message, line, column, endLine, endColumn, pointer }] }] }`.
 * Keys are written in a fixed order and positions are 1-based (end column exclusive).
 */
export const formatJson: FindingsFormatter = (files, options) => {
  const total = countFiles(files);
  const report = {
    version: FINDINGS_JSON_VERSION,
    tool: { name: 'yuan', version: options.toolVersion },
    errorCount: total.errors,
    warningCount: total.warnings,
    files: files.map((file) => {
      const counts = countFindings(file.findings);
      return {
        file: file.file,
        errorCount: counts.errors,
        warningCount: counts.warnings,
        findings: sortFindings(file.findings).map((finding) => ({
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
    }),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};
