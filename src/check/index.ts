/** The check service: the one way every command reads and checks an input (check-file.ts). */
export {
  checkFile,
  checkRead,
  textRead,
  INPUT_KINDS,
  type CheckContext,
  type CheckedInput,
  type InputDocuments,
  type InputKind,
} from './check-file.js';
export { checkDocument, type CheckedDocument, type ReadOptions } from './check-document.js';
export { checkSchema, type SchemaCheck } from './check-schema.js';
export { configRuleIds } from './check-config.js';
export { MAX_JOURNAL_BYTES } from './check-journal.js';
export { detectKind, DOCUMENT_KINDS, type DocumentKind } from './detect-kind.js';
export { displayName } from './display-name.js';
export { findConfig } from './find-config.js';
export { type YuanConfig } from './parse-config.js';
export { planLookup, type PlanLookup } from './scenario-plan.js';
export {
  applyRuleSettings,
  READING_RULE_IDS,
  RULE_SETTINGS,
  type RuleSetting,
  type RuleSettings,
} from './rule-settings.js';
export {
  validatePaths,
  validateFiles,
  validatePathsEach,
  DEFAULT_PATHS,
  type ValidateOptions,
  type ValidateResult,
  type ValidatedFile,
} from './validate-paths.js';
