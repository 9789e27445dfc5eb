/** What the check service reads and gives back, by kind of input. */
import type { Rule } from '../lint/rule.js';
import type { LoadedDocument } from '../load/index.js';
import type { Finding } from '../model/finding.js';
import type { DecodedJournal } from '../model/journal-codec.js';
import type { Plan } from '../model/plan.js';
import type { AnswersFile, Scenario } from '../model/scenario.js';
import type { ReadOptions } from './check-document.js';
import type { YuanConfig } from './parse-config.js';
import type { RuleSettings } from './rule-settings.js';
import type { PlanLookup } from './scenario-plan.js';

/** The kinds of input yuan reads. */
export const INPUT_KINDS = ['plan', 'scenario', 'answers', 'config', 'journal'] as const;
/** One kind of input. */
export type InputKind = (typeof INPUT_KINDS)[number];

/** What a checked input holds when it has no error, by kind. */
export interface InputDocuments {
  plan: Plan;
  scenario: Scenario;
  answers: AnswersFile;
  config: YuanConfig;
  journal: DecodedJournal;
}

/** Everything a check depends on besides the file. "Today" comes from the command line. */
export interface CheckContext extends ReadOptions {
  /** Today as YYYY-MM-DD, for the overdue checks; never read from a clock here. */
  today: string;
  /** Rule severities from the config file (`off` drops a rule's findings). */
  ruleSettings?: RuleSettings;
  /** The lint rules (default: every registered rule). */
  rules?: readonly Rule[];
  /** The plans scenarios and answers files name, shared by the files of one run. */
  plans?: PlanLookup;
  /** The plan an answers file is checked against (the drill's), instead of the one it names. */
  plan?: Plan;
}

/** A checked input: `document` is there only when no finding is an error. */
export interface CheckedInput<D> {
  /** The file as shown to the user. */
  file: string;
  /** The kind of the input, when known. */
  kind?: InputKind;
  /** The text read, for the source lines under findings. */
  text?: string;
  /** `sha256:<hex>` of the bytes read. */
  sha256?: string;
  /** A YAML input as parsed, with positions, when it could be parsed. */
  loaded?: LoadedDocument;
  document?: D;
  /** Every finding, sorted, with the config's severities applied. */
  findings: Finding[];
}
