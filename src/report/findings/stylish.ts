/** The terminal format, after ESLint's stylish: findings grouped by file, each over its source line. */
import { sortFindings, type Finding } from '../../model/finding.js';
import { codeFrame, printable } from './code-frame.js';
import { countFindings, sayCount, saySummary } from './counts.js';
import { displayWidth } from './display-width.js';
import {
  wholeOutput,
  type FileReport,
  type FindingsFormat,
  type FindingsFormatOptions,
} from './types.js';

/** Files with findings, each finding over its source line and a caret; a summary line at the end. */
export const stylishFormat: FindingsFormat = (options) => {
  const { t, color } = options;
  const counts = { errors: 0, warnings: 0 };
  let files = 0;
  return {
    file(file) {
      files++;
      const own = countFindings(file.findings);
      counts.errors += own.errors;
      counts.warnings += own.warnings;
      return file.findings.length > 0 ? fileBlock(file, options) : '';
    },
    end() {
      if (counts.errors + counts.warnings === 0) {
        const checked = sayCount(t, 'file', files);
        return `${color.green('✔')} ${t('findings.clean', { files: checked })}\n`;
      }
      const mark = counts.errors > 0 ? color.red.bold : color.yellow.bold;
      return `\n${mark(`✖ ${saySummary(t, counts)}`)}\n`;
    },
  };
};

/** The whole stylish output at once. */
export const formatStylish = wholeOutput(stylishFormat);

function fileBlock(file: FileReport, options: FindingsFormatOptions): string {
  const { t, color } = options;
  const findings = sortFindings(file.findings);
  const lines = file.text?.split(/\r\n|\n/);
  const words = {
    error: t('findings.severity.error'),
    warning: t('findings.severity.warning'),
  };
  const widths = { error: displayWidth(words.error), warning: displayWidth(words.warning) };
  const present = new Set(findings.map((finding) => finding.severity));
  const severityWidth = Math.max(...[...present].map((severity) => widths[severity]));
  const positionWidth = widest(findings, (finding) => position(finding).length);
  const gutterWidth = widest(findings, (finding) => String(finding.line).length);
  let block = `\n${color.underline(printable(file.file))}\n`;
  for (const finding of findings) {
    const word = words[finding.severity];
    const paint = finding.severity === 'error' ? color.red : color.yellow;
    block +=
      `  ${color.dim(position(finding).padEnd(positionWidth))}` +
      `  ${paint(word)}${' '.repeat(severityWidth - widths[finding.severity])}` +
      `  ${printable(finding.message)}  ${color.dim(finding.ruleId)}\n`;
    // A finding placed in another file (a scenario's plan) has no line in this text.
    const lineText = finding.file === file.file ? lines?.[finding.line - 1] : undefined;
    if (lineText === undefined) continue;
    const sameLine = finding.endLine === finding.line ? finding.endColumn : undefined;
    const frame = codeFrame(lineText, finding.column, sameLine);
    const gutter = String(finding.line).padStart(gutterWidth);
    const blank = ' '.repeat(gutterWidth);
    block += `    ${color.dim(`${gutter} |`)}${frame.source ? ` ${frame.source}` : ''}\n`;
    block += `    ${color.dim(`${blank} |`)} ${paint(frame.marker)}\n`;
  }
  return block;
}

function position(finding: Finding): string {
  return `${finding.line}:${finding.column}`;
}

/** The largest measure of any finding (a loop: a file may have more findings than `Math.max(...)` takes). */
function widest(findings: readonly Finding[], measure: (finding: Finding) => number): number {
  return findings.reduce((most, finding) => Math.max(most, measure(finding)), 0);
}
