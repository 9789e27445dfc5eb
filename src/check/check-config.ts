/** The config file (`yuan.config.yaml`) as an input: read like any other, then its settings checked. */
import type { Translate } from '../i18n/index.js';
import { rules } from '../lint/rules.js';
import type { ReadDocument } from './check-document.js';
import type { CheckedInput } from './input-types.js';
import { parseConfig, type YuanConfig } from './parse-config.js';
import { READING_RULE_IDS } from './rule-settings.js';

/** Every rule id a config may name: the reading rules and the registered lint rules. */
export function configRuleIds(): string[] {
  return [...new Set([...READING_RULE_IDS, ...rules.map((rule) => rule.id)])];
}

/** The config in a file already read; it is usable only without findings. */
export function checkConfigText(
  { file, source }: ReadDocument,
  t: Translate,
): CheckedInput<YuanConfig> {
  if ('finding' in source) return { file, kind: 'config', findings: [source.finding] };
  const { value, errors } = parseConfig(source.text, { file, t, ruleIds: configRuleIds() });
  return {
    file,
    kind: 'config',
    text: source.text,
    ...(errors.length === 0 ? { document: value } : {}),
    findings: errors,
  };
}
