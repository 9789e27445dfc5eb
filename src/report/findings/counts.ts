/** Counting findings and saying the counts in the user's language. */
import type { Translate } from '../../i18n/index.js';
import type { Finding } from '../../model/finding.js';

/** How many errors and warnings a set of findings holds. */
export interface FindingCounts {
  errors: number;
  warnings: number;
}

/** Counts the errors and warnings of some findings. */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  let errors = 0;
  for (const finding of findings) if (finding.severity === 'error') errors += 1;
  return { errors, warnings: findings.length - errors };
}

/** The thing being counted: each has a singular and a plural message. */
export type Countable = 'problem' | 'error' | 'warning' | 'file';

/** "1 error", "3 errors", "3 个错误". */
export function sayCount(t: Translate, what: Countable, count: number): string {
  const form = count === 1 ? 'one' : 'other';
  return t(`findings.count.${what}.${form}`, { count });
}

/** "3 problems (2 errors, 1 warning)" in the user's language. */
export function saySummary(t: Translate, counts: FindingCounts): string {
  return t('findings.summary', {
    problems: sayCount(t, 'problem', counts.errors + counts.warnings),
    errors: sayCount(t, 'error', counts.errors),
    warnings: sayCount(t, 'warning', counts.warnings),
  });
}
