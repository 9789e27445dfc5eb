/** Findings: problems in a user's file, located once by the loader (rules.md). */

/** How serious a finding is. `off` exists only in configuration. */
export type Severity = 'error' | 'warning';

/** A 1-based position in a file. */
export interface Position {
  line: number;
  column: number;
}

/** A 1-based range in a file. */
export interface Range {
  start: Position;
  end: Position;
}

/** One problem: which rule, how serious, what to change, and where. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Localized text that says what is wrong and what to write instead. */
  message: string;
  /** The file as the user named it (relative to the working folder when possible). */
  file: string;
  /** JSON pointer of the key or value at fault ('' for the whole document). */
  pointer: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Findings ordered by file, line, column, then rule id, so every output is stable. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
