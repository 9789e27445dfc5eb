/** Looking a path up without waiting and without an exception for what is not there. */
import { statSync, type Stats } from 'node:fs';

/**
 * What `path` names, or undefined when it names nothing that can be looked at (missing, ENOTDIR,
 * EACCES, ELOOP…). Synchronous: at start-up an awaited lookup, and an ENOENT exception, cost more
 * than the lookup itself.
 */
export function statIfAny(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
