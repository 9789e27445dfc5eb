/** SARIF rule metadata (reportingDescriptor) from the rule registry's own documentation. */
import type { ReportingDescriptor } from 'sarif';
import type { Lang, Translate } from '../../i18n/index.js';
import type { RuleInfo } from '../../model/rule-docs.js';

/** The rules of a run, and where each rule id stands in it (for `result.ruleIndex`). */
export interface SarifRuleTable {
  descriptors: ReportingDescriptor[];
  /** The index of a rule id, given a bare descriptor at the end if the registry lacks it. */
  indexOf(ruleId: string): number;
}

/**
 * Every registered rule, then a bare descriptor for each rule id a finding names that the
 * registry lacks (added as findings are met), so that every result has a consistent `ruleIndex`.
 */
export function sarifRuleTable(
  rules: readonly RuleInfo[],
  t: Translate,
  lang: Lang,
): SarifRuleTable {
  const descriptors = rules.map((rule) => describeRule(rule, t, lang));
  const indexes = new Map<string, number>();
  descriptors.forEach((descriptor, index) => {
    if (!indexes.has(descriptor.id)) indexes.set(descriptor.id, index);
  });
  return {
    descriptors,
    indexOf(ruleId) {
      let index = indexes.get(ruleId);
      if (index === undefined) {
        index = descriptors.push({ id: ruleId }) - 1;
        indexes.set(ruleId, index);
      }
      return index;
    },
  };
}

function describeRule(rule: RuleInfo, t: Translate, lang: Lang): ReportingDescriptor {
  const { summary, explanation } = rule.docs;
  const bad = rule.docs.bad.trimEnd();
  const good = rule.docs.good.trimEnd();
  const badLabel = t('findings.help.bad');
  const goodLabel = t('findings.help.good');
  return {
    id: rule.id,
    shortDescription: { text: summary[lang] },
    fullDescription: { text: explanation[lang] },
    help: {
      text: `${explanation[lang]}\n\n${badLabel}\n${bad}\n\n${goodLabel}\n${good}`,
      markdown:
        `${explanation[lang]}\n\n**${badLabel}**\n\n${fence(bad)}\n\n` +
        `**${goodLabel}**\n\n${fence(good)}`,
    },
    defaultConfiguration: { level: rule.severity === 'error' ? 'error' : 'warning' },
  };
}

/** A YAML code block whose fence is longer than any backtick run inside the example. */
function fence(code: string): string {
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(Math.max(3, longestRun + 1));
  return `${ticks}yaml\n${code}\n${ticks}`;
}
