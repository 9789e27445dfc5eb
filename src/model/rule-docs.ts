/**
 * What is known of a check without running it: its id, default severity and documentation.
 * Lint rules carry it; the findings formats (SARIF rule metadata) and `yuan explain` read it.
 */
import type { Bilingual } from '../i18n/catalog.js';
import type { Severity } from './finding.js';

/** The page-sized explanation of a rule, shown by `yuan explain` and in SARIF rule metadata. */
export interface RuleDocs {
  /** One line: what the rule checks. */
  summary: Bilingual;
  /** Why it matters and how to fix it (a paragraph or two). */
  explanation: Bilingual;
  /** A short YAML fragment that breaks the rule. */
  bad: string;
  /** The same fragment, fixed. */
  good: string;
}

/** A rule as the reports see it. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  docs: RuleDocs;
}
