/** File names as machine formats want them: relative to the working folder, with forward slashes. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The `uriBaseId` of files under the working folder; code scanning resolves it to the checkout. */
export const SOURCE_ROOT = '%SRCROOT%';

/** The file relative to `cwd` with `/` separators (`../` when it lies outside). */
export function relativeToCwd(file: string, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  return relative.split(path.sep).join('/');
}

/** A SARIF artifactLocation: a URI under `%SRCROOT%` (the working folder), else an absolute file URI. */
export function artifactLocation(
  file: string,
  cwd: string,
): { uri: string; uriBaseId?: typeof SOURCE_ROOT } {
  const relative = relativeToCwd(file, cwd);
  if (relative === '..' || relative.startsWith('../') || path.isAbsolute(relative)) {
    return { uri: pathToFileURL(path.resolve(cwd, file)).href };
  }
  // A relative URI reference: each segment percent-encoded (spaces, '#', '%', CJK names).
  return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

/** The absolute file URI of the working folder, ending with a slash as SARIF `originalUriBaseIds` requires. */
export function sourceRootUri(cwd: string): string {
  const href = pathToFileURL(path.resolve(cwd)).href;
  return href.endsWith('/') ? href : `${href}/`;
}
