/**
 * `yuan.config.yaml` as every command that checks plans reads it (validate, drill, readiness,
 * compile): named by `--config`, else the nearest one at or above the working folder.
 */
import { resolve } from 'node:path';
import { rules } from '../lint/rules.js';
import type { Finding } from '../model/finding.js';
import { findConfig, loadConfig } from '../check/find-config.js';
import type { YuanConfig } from '../check/parse-config.js';
import { READING_RULE_IDS } from '../check/rule-settings.js';
import { FatalError, type CommandContext } from './io.js';

/** Every rule id a config may name: the reading rules and the registered lint rules. */
export function configRuleIds(): string[] {
  return [...new Set([...READING_RULE_IDS, ...rules.map((rule) => rule.id)])];
}

/** The config from `--config FILE`, else the nearest yuan.config.yaml, else none; unusable config -> exit 2. */
export async function readConfig(
  explicit: string | undefined,
  { io, t }: Pick<CommandContext, 'io' | 't'>,
): Promise<YuanConfig> {
  const path = explicit !== undefined ? resolve(io.cwd, explicit) : findConfig(io.cwd);
  if (path === undefined) return { rules: {} };
  const { value, errors } = await loadConfig(path, { cwd: io.cwd, t, ruleIds: configRuleIds() });
  if (errors.length === 0) return value;
  const lines = errors.map(located);
  throw new FatalError(
    lines.length === 1
      ? lines[0]!
      : [
          t('validate.config.invalid', { file: errors[0]!.file }),
          ...lines.map((line) => `  ${line}`),
        ].join('\n'),
  );
}

function located(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column}: ${finding.message}`;
}
