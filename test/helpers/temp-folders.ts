/**
 * Temporary folders for tests, all made here. A folder made during a test is removed when the test
 * ends; one made elsewhere (at the top of a file, in a describe, in beforeAll) when the file ends.
 * The hooks that remove them are test/setup/remove-temp-folders.ts (a setup file of every
 * project), and test/setup/temp-root.ts fails the run if anything is left behind.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Folders to remove after the current test, and after the current file. */
const made = { test: [] as string[], file: [] as string[] };
let inTest = false;

/** A new empty folder named after `label` (`yuan-drill` gives `yuan-drill-Xa3f9Q`), removed afterwards. */
export function temporaryFolder(label: string): string {
  // tmpdir() is the run's own folder (test/setup/temp-root.ts sets TMPDIR).
  const folder = mkdtempSync(join(tmpdir(), `${label}-`));
  (inTest ? made.test : made.file).push(folder);
  return folder;
}

/** A temporary folder and the files in it. */
export interface TemporaryTree {
  root: string;
  /** The absolute path of a name inside the folder. */
  path(...parts: string[]): string;
  /** Writes `content` at `name` (folders created) and returns the absolute path. */
  write(name: string, content: string | Uint8Array): string;
}

/**
 * A temporary folder holding `files` (path -> content): a content `-> target` makes a symbolic
 * link, a path ending in `/` a folder.
 */
export function temporaryTree(
  files: Record<string, string | Uint8Array> = {},
  label = 'yuan-tree',
): TemporaryTree {
  const root = temporaryFolder(label);
  const tree: TemporaryTree = {
    root,
    path: (...parts) => join(root, ...parts),
    write(name, content) {
      const path = join(root, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
  };
  for (const [path, content] of Object.entries(files)) {
    if (path.endsWith('/')) {
      mkdirSync(tree.path(path), { recursive: true });
    } else if (typeof content === 'string' && content.startsWith('->')) {
      mkdirSync(dirname(tree.path(path)), { recursive: true });
      symlinkSync(content.slice(2).trim(), tree.path(path));
    } else {
      tree.write(path, content);
    }
  }
  return tree;
}

/** A working folder for an end-to-end test, holding `files`: its path. */
export function workspace(files: Record<string, string | Uint8Array> = {}): string {
  return temporaryTree(files, 'yuan-workspace').root;
}

/** For the setup file: a test starts. */
export function testStarts(): void {
  inTest = true;
}

/** For the setup file: a test has ended; its folders go. */
export function testEnded(): void {
  inTest = false;
  removeAll(made.test);
}

/** For the setup file: the file has ended; its folders go. */
export function fileEnded(): void {
  removeAll(made.file);
}

function removeAll(folders: string[]): void {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}
