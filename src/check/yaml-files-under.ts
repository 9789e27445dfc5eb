/** The YAML files of a folder tree, as `yuan validate FOLDER` finds them. */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The config file is YAML too, but never a plan. */
export const CONFIG_FILE_NAME = 'yuan.config.yaml';

/** Whether a file name is a plan candidate: `*.yaml` or `*.yml`, not hidden, not the config file. */
export function isYamlFileName(name: string): boolean {
  return /\.ya?ml$/i.test(name) && !name.startsWith('.') && name !== CONFIG_FILE_NAME;
}

/** A folder met in a walk that could not be listed: the plans in it were not checked. */
export interface UnlistedFolder {
  /** The folder's path, as the walk reached it. */
  path: string;
  /** Why: the error code (EACCES, EIO…). */
  cause: string;
}

/** Lists a folder with the types of its entries (tests give one that fails for chosen folders). */
export type ListFolder = (folder: string) => Promise<Dirent[]>;

const listWithTypes: ListFolder = (folder) => readdir(folder, { withFileTypes: true });

/**
 * Every plan candidate under `folder` (absolute paths), recursing into subfolders but not into
 * `node_modules` or hidden folders. Symbolic links are followed, each real folder visited once, so
 * a link loop ends. A folder that cannot be listed is told to `onUnlisted` and the walk goes on.
 */
export async function yamlFilesUnder(
  folder: string,
  onUnlisted?: (folder: UnlistedFolder) => void,
  listFolder: ListFolder = listWithTypes,
): Promise<string[]> {
  const files: string[] = [];
  const visited = new Set<string>([await realpath(folder)]);
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = await listFolder(current);
    } catch (error) {
      // A folder that vanished (or became a file) since it was found holds nothing to check; one
      // that cannot be listed may hold plans, so it is told rather than skipped in silence.
      const cause = (error as NodeJS.ErrnoException).code ?? String(error);
      if (cause !== 'ENOENT' && cause !== 'ENOTDIR') onUnlisted?.({ path: current, cause });
      continue;
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      const type = entry.isSymbolicLink() ? await linkTarget(path) : entry;
      if (!type) continue;
      if (type.isDirectory()) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const real = await realpath(path).catch(() => undefined);
        if (real === undefined || visited.has(real)) continue;
        visited.add(real);
        pending.push(path);
      } else if (type.isFile() && isYamlFileName(entry.name)) {
        files.push(path);
      }
    }
  }
  return files;
}

/** What a symbolic link points at, or undefined for a broken link. */
async function linkTarget(path: string) {
  return stat(path).catch(() => undefined);
}
