/** Finding `yuan.config.yaml`: the nearest one at or above a folder. */
import { dirname, join } from 'node:path';
import { statIfAny } from './stat-if-any.js';
import { CONFIG_FILE_NAME } from './yaml-files-under.js';

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
