/** Turns the PATH arguments of `yuan validate` into the files to check. */
import { resolve } from 'node:path';
import { statIfAny } from './stat-if-any.js';
import {
  isYamlFileName,
  yamlFilesUnder,
  type ListFolder,
  type UnlistedFolder,
} from './yaml-files-under.js';

/** The files the PATHs name, and the PATHs that named none. */
export interface ExpandedPaths {
  /** Absolute paths, each once, sorted. */
  files: string[];
  /** PATHs (as given) that match no file: the caller cannot do its job. */
  unmatched: string[];
  /** Folders that could not be listed on the way (a PATH that gave only these is not unmatched). */
  unlisted: UnlistedFolder[];
}

/**
 * A file is taken as it is (whatever its extension: the user named it); a folder gives its YAML
 * files (see yamlFilesUnder); anything else that looks like a glob gives the YAML files it matches,
 * outside `node_modules` and hidden folders.
 */
export async function expandPaths(
  paths: readonly string[],
  cwd: string,
  listFolder?: ListFolder,
): Promise<ExpandedPaths> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  const unlisted: UnlistedFolder[] = [];
  for (const path of paths) {
    const before = unlisted.length;
    const found = await filesOf(path, cwd, (folder) => unlisted.push(folder), listFolder);
    if (found.length === 0 && unlisted.length === before) unmatched.push(path);
    for (const file of found) files.add(file);
  }
  return { files: [...files].sort(), unmatched, unlisted };
}

async function filesOf(
  path: string,
  cwd: string,
  onUnlisted: (folder: UnlistedFolder) => void,
  listFolder: ListFolder | undefined,
): Promise<string[]> {
  const absolute = resolve(cwd, path);
  const info = statIfAny(absolute);
  if (info?.isDirectory()) return yamlFilesUnder(absolute, onUnlisted, listFolder);
  if (info) return [absolute];
  // Most runs name files and folders: load the glob library only for a pattern.
  const { glob, isDynamicPattern } = await import('tinyglobby');
  if (!isDynamicPattern(path)) return [];
  const matches = await glob(path, {
    cwd,
    absolute: true,
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
    ignore: ['**/node_modules/**'],
  });
  return matches.filter((match) => isYamlFileName(match.slice(match.lastIndexOf('/') + 1)));
}
