/** The schema check and the `yuan validate` pipeline. */
export { checkSchema, type SchemaCheck } from './check-schema.js';
export { checkDocument, type CheckedDocument, type CheckOptions } from './check-document.js';
export { detectKind, DOCUMENT_KINDS, type DocumentKind } from './detect-kind.js';
export { reduceSchemaErrors, type SchemaProblem } from './reduce-schema-errors.js';
export { describeSchemaProblem } from './describe-schema-problem.js';
export { expandPaths, type ExpandedPaths } from './expand-paths.js';
export { yamlFilesUnder, CONFIG_FILE_NAME } from './yaml-files-under.js';
export { repositoryRoot } from './repository-root.js';
export { planLookup, scenarioPlan, type PlanLookup, type PlanStatus } from './scenario-plan.js';
export { findConfig, loadConfig } from './find-config.js';
export { parseConfig, type YuanConfig, type ConfigResult } from './parse-config.js';
export {
  applyRuleSettings,
  READING_RULE_IDS,
  RULE_SETTINGS,
  type RuleSetting,
  type RuleSettings,
} from './rule-settings.js';
export { isCalendarDate } from './calendar-date.js';
export {
  validatePaths,
  validateFiles,
  validatePathsEach,
  DEFAULT_PATHS,
  type ValidateOptions,
  type ValidateResult,
  type ValidatedFile,
} from './validate-paths.js';
