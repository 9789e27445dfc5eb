/**
 * GitHub Actions workflow commands: one `::error`/`::warning` annotation per finding.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 */
import { sortFindings, type Finding } from '../../model/finding.js';
import { relativeToCwd } from './artifact-path.js';
import { wholeOutput, type FindingsFormat } from './types.js';

/** One annotation line per finding, placed on the file relative to the workspace; nothing when clean. */
export const githubFormat: FindingsFormat = (options) => ({
  file: (file) =>
    sortFindings(file.findings)
      .map((finding) => `${annotation(finding, options.cwd)}\n`)
      .join(''),
  end: () => '',
});

/** Every annotation at once. */
export const formatGithub = wholeOutput(githubFormat);

function annotation(finding: Finding, cwd: string): string {
  const command = finding.severity === 'error' ? 'error' : 'warning';
  const properties: [string, string | number][] = [
    ['file', relativeToCwd(finding.file, cwd)],
    ['line', finding.line],
  ];
  // Annotations take columns only when they start and end on the same line (as check runs do).
  if (finding.endLine === finding.line) {
    properties.push(['col', finding.column], ['endLine', finding.endLine]);
    properties.push(['endColumn', finding.endColumn]);
  } else {
    properties.push(['endLine', finding.endLine]);
  }
  properties.push(['title', finding.ruleId]);
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command} ${list.join(',')}::${escapeData(finding.message)}`;
}

/** Escapes a command's message as @actions/core does (`toCommandValue` then `escapeData`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: as data, and also `:` and `,` which end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
