/** Every rule of rules.md, in the order of that page. `yuan explain`, SARIF and the linter read this list. */
import type { Rule } from './rule.js';
import { yamlSyntaxRule } from './yaml/syntax.js';
import { yamlDuplicateKeyRule } from './yaml/duplicate-key.js';
import { yamlAliasLimitRule } from './yaml/alias-limit.js';
import { fileUnreadableRule } from './file/unreadable.js';
import { schemaRule } from './schema.js';
import { refStageRule } from './ref/stage.js';
import { refRoleRule } from './ref/role.js';
import { refResourceRule } from './ref/resource.js';
import { refVariableRule } from './ref/variable.js';
import { refLevelRule } from './ref/level.js';
import { refDecisionRule } from './ref/decision.js';
import { refEventRule } from './ref/event.js';
import { refPlanRule } from './ref/plan.js';
import { idDuplicateRule } from './id/duplicate.js';
import { lifecyclePhasesRule } from './lifecycle/phases.js';
import { lifecycleReviewOverdueRule } from './lifecycle/review-overdue.js';
import { lifecycleDrillOverdueRule } from './lifecycle/drill-overdue.js';
import { authorityEscalationRule } from './authority/escalation.js';
import { authorityNoDeputyRule } from './authority/no-deputy.js';
import { readinessShortfallRule } from './readiness/shortfall.js';
import { readinessMedicalRoleRule } from './readiness/medical-role.js';
import { readinessInformPublicRule } from './readiness/inform-public.js';
import { readinessReportDeadlineRule } from './readiness/report-deadline.js';
import { timingTaskExceedsStageRule } from './timing/task-exceeds-stage.js';
import { timingTimeoutBeforeTargetRule } from './timing/timeout-before-target.js';
import { scenarioUnreachableExpectationRule } from './scenario/unreachable-expectation.js';
import { graphInitialRule } from './graph/initial.js';
import { graphFinalRule } from './graph/final.js';
import { graphUnreachableRule } from './graph/unreachable.js';
import { graphDeadEndRule } from './graph/dead-end.js';
import { graphTrapRule } from './graph/trap.js';

/**
 * The registered rules. Add a rule by writing its file (named after its id) with defineRule, its
 * messages beside its explanation, then importing it and listing it here.
 */
export const rules: readonly Rule[] = [
  // Reading (applied by the loader and the schema check; listed for their docs)
  yamlSyntaxRule,
  yamlDuplicateKeyRule,
  yamlAliasLimitRule,
  fileUnreadableRule,
  schemaRule,
  // References
  refStageRule,
  refRoleRule,
  refResourceRule,
  refVariableRule,
  refLevelRule,
  refDecisionRule,
  refEventRule,
  refPlanRule,
  idDuplicateRule,
  // The stage graph
  graphInitialRule,
  graphFinalRule,
  graphUnreachableRule,
  graphDeadEndRule,
  graphTrapRule,
  // Lifecycle and readiness
  lifecyclePhasesRule,
  lifecycleReviewOverdueRule,
  lifecycleDrillOverdueRule,
  authorityEscalationRule,
  authorityNoDeputyRule,
  readinessShortfallRule,
  readinessMedicalRoleRule,
  readinessInformPublicRule,
  readinessReportDeadlineRule,
  timingTaskExceedsStageRule,
  timingTimeoutBeforeTargetRule,
  scenarioUnreachableExpectationRule,
];
