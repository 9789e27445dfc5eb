/** Every rule of rules.md, in the order of that page. `yuan explain`, SARIF and the linter read this list. */
import type { Rule } from './rule.js';
import { graphInitialRule } from './graph/initial.js';
import { graphFinalRule } from './graph/final.js';
import { graphUnreachableRule } from './graph/unreachable.js';
import { graphDeadEndRule } from './graph/dead-end.js';
import { graphTrapRule } from './graph/trap.js';

/** The registered rules. Add a rule by importing its file (named after its id) and listing it here. */
export const rules: readonly Rule[] = [
  // The stage graph
  graphInitialRule,
  graphFinalRule,
  graphUnreachableRule,
  graphDeadEndRule,
  graphTrapRule,
];
