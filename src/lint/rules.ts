/** Every rule of rules.md, in the order of that page. `yuan explain`, SARIF and the linter read this list. */
import type { Rule } from './rule.js';

/** The registered rules. Add a rule by importing its file (named after its id) and listing it here. */
export const rules: readonly Rule[] = [];
