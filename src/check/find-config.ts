/** Finding and reading `yuan.config.yaml`. */
import { dirname, join } from 'node:path';
import { readSource } from '../load/index.js';
import { displayName } from './display-name.js';
import { statIfAny } from './stat-if-any.js';
import { parseConfig, type ConfigParseOptions, type ConfigResult } from './parse-config.js';
import { CONFIG_FILE_NAME } from './yaml-files-under.js';

/** No config needs more than this; a bigger file is refused like any other. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * The nearest `yuan.config.yaml` at or above `folder`, if any. Looked up synchronously: awaited
 * lookups that threw ENOENT on the way to / cost a run of one file some 8 ms of start-up.
 */
export function findConfig(folder: string): string | undefined {
  for (let current = folder; ; current = dirname(current)) {
    const candidate = join(current, CONFIG_FILE_NAME);
    if (statIfAny(candidate)?.isFile()) return candidate;
    if (dirname(current) === current) return undefined;
  }
}

/** Reads and parses a config file; a file that cannot be read is an error of the result. */
export async function loadConfig(
  path: string,
  options: Omit<ConfigParseOptions, 'file'> & { cwd: string },
): Promise<ConfigResult> {
  const file = displayName(path, options.cwd);
  const source = await readSource(path, file, MAX_CONFIG_BYTES, options.t);
  if ('finding' in source) return { value: { rules: {} }, errors: [source.finding] };
  return parseConfig(source.text, { file, t: options.t, ruleIds: options.ruleIds });
}
