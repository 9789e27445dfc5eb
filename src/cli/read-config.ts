/**
 * What every command that checks inputs shares: `yuan.config.yaml` (named by `--config`, else the
 * nearest one at or above the working folder), and the check context built from it and the command
 * line — today (`--today`, else the config's, else the local date) and the limits — in one place.
 */
import { resolve } from 'node:path';
import { checkFile, findConfig, type CheckContext, type YuanConfig } from '../check/index.js';
import { localDate } from '../model/local-date.js';
import { located } from './input-errors.js';
import { FatalError, type CommandContext } from './io.js';

/** What the command line may set for a check (each wins over the config). */
export interface CheckFlags {
  config?: string;
  today?: string;
  maxFileSize?: number;
}

/** The config and the check context of a command; a config with errors is exit 2. */
export async function checkContextOf(
  context: Pick<CommandContext, 'io' | 't'>,
  flags: CheckFlags = {},
): Promise<{ config: YuanConfig; ctx: CheckContext }> {
  const { io, t } = context;
  const config = await readConfig(flags.config, context);
  const maxFileSize = flags.maxFileSize ?? config.maxFileSize;
  const today = flags.today ?? config.today ?? localDate((io.now ?? (() => new Date()))());
  const ctx: CheckContext = {
    cwd: io.cwd,
    t,
    today,
    ruleSettings: config.rules,
    ...(maxFileSize !== undefined ? { maxFileSize } : {}),
  };
  return { config, ctx };
}

/** The config from `--config FILE`, else the nearest yuan.config.yaml, else none; unusable config -> exit 2. */
export async function readConfig(
  explicit: string | undefined,
  { io, t }: Pick<CommandContext, 'io' | 't'>,
): Promise<YuanConfig> {
  const path = explicit !== undefined ? resolve(io.cwd, explicit) : findConfig(io.cwd);
  if (path === undefined) return { rules: {} };
  const { document, findings } = await checkFile(path, { kind: 'config', ctx: { cwd: io.cwd, t } });
  if (document) return document;
  const lines = findings.map(located);
  throw new FatalError(
    lines.length === 1
      ? lines[0]!
      : [
          t('check.config.invalid', { file: findings[0]!.file }),
          ...lines.map((line) => `  ${line}`),
        ].join('\n'),
  );
}
