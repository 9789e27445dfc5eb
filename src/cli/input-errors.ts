/**
 * How a command that needs an input says it cannot have it: one line, `file:line:col: message`,
 * and exit 2. Commands that report findings (validate, drill) print them instead.
 */
import type { Finding } from '../model/finding.js';
import { FatalError } from './io.js';

/** `file:line:col: message`, the form editors and CI logs link to. */
export function located(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column}: ${finding.message}`;
}

/** Stops the command (exit 2) when the input could not be read at all. */
export function refuseUnreadable(findings: readonly Finding[]): void {
  const unreadable = findings.find((finding) => finding.ruleId === 'file/unreadable');
  if (unreadable) throw new FatalError(located(unreadable));
}
