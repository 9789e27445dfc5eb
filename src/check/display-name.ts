/** How a file is named in findings: relative to the working folder when inside it, else absolute. */
import { isAbsolute, relative, sep } from 'node:path';

/** `plans/x.yaml` for a file under `cwd`; the absolute path for one elsewhere. */
export function displayName(path: string, cwd: string): string {
  const fromCwd = relative(cwd, path);
  if (fromCwd === '' || fromCwd.startsWith(`..${sep}`) || fromCwd === '..' || isAbsolute(fromCwd)) {
    return path;
  }
  return fromCwd.split(sep).join('/');
}
