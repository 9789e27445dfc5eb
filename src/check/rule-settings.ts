/** Rule severities chosen by the config file, applied to the findings at the end of a run. */
import type { Finding } from '../model/finding.js';

/** What the config file may set a rule to. */
export const RULE_SETTINGS = ['off', 'warn', 'error'] as const;
/** `off` drops a rule's findings; `warn` and `error` set their severity. */
export type RuleSetting = (typeof RULE_SETTINGS)[number];

/** Rule id -> setting, for the rules the config names. */
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

/** The rules checked before any rule runs (loader and schema); they have no check function. */
export const READING_RULE_IDS = [
  'yaml/syntax',
  'yaml/duplicate-key',
  'yaml/alias-limit',
  'file/unreadable',
  'schema',
  'ref/plan',
] as const;

/** The findings with the configured severities: `off` drops a finding, `warn`/`error` restate it. */
export function applyRuleSettings(findings: readonly Finding[], settings: RuleSettings): Finding[] {
  const applied: Finding[] = [];
  for (const finding of findings) {
    const setting = Object.hasOwn(settings, finding.ruleId) ? settings[finding.ruleId] : undefined;
    if (setting === 'off') continue;
    if (setting === undefined) applied.push(finding);
    else applied.push({ ...finding, severity: setting === 'warn' ? 'warning' : 'error' });
  }
  return applied;
}
