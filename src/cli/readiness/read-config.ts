/** The nearest `yuan.config.yaml` for `yuan readiness`: its rule severities and `today`, as validate reads them. */
import { resolve } from 'node:path';
import { rules } from '../../lint/rules.js';
import { findConfig, loadConfig } from '../../validate/find-config.js';
import type { YuanConfig } from '../../validate/parse-config.js';
import { READING_RULE_IDS } from '../../validate/rule-settings.js';
import { FatalError, type CommandContext } from '../io.js';

/** The config from `--config FILE`, else the nearest one, else none; an unusable config is exit 2. */
export async function readConfig(
  explicit: string | undefined,
  { io, t }: Pick<CommandContext, 'io' | 't'>,
): Promise<YuanConfig> {
  const path = explicit !== undefined ? resolve(io.cwd, explicit) : await findConfig(io.cwd);
  if (path === undefined) return { rules: {} };
  const ruleIds = [...new Set([...READING_RULE_IDS, ...rules.map((rule) => rule.id)])];
  const { value, errors } = await loadConfig(path, { cwd: io.cwd, t, ruleIds });
  if (errors.length === 0) return value;
  const detail = errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('; ');
  throw new FatalError(t('readiness.cli.config-invalid', { file: errors[0]!.file, detail }));
}
