/**
 * The pipeline of `yuan validate`: PATHs -> files -> read, schema, lint -> findings per file, with the
 * config's rule settings applied. Each file goes through the check service (check-file.ts).
 */
import type { Translate } from '../i18n/index.js';
import type { Rule } from '../lint/rule.js';
import type { Finding } from '../model/finding.js';
import { findingAtPosition } from '../load/loaded-document.js';
import { checkFile, type CheckContext } from './check-file.js';
import { displayName } from './display-name.js';
import { expandPaths } from './expand-paths.js';
import { forEachInOrder } from './for-each-in-order.js';
import { applyRuleSettings, type RuleSettings } from './rule-settings.js';
import { planLookup } from './scenario-plan.js';
import { selectShard, type Shard } from './shard.js';
import type { ListFolder } from './yaml-files-under.js';

/** One checked file: its name as shown, its findings in order, and its text when it has findings. */
export interface ValidatedFile {
  file: string;
  /**
   * The lines of the text that findings start on, at their places (other lines empty), for the
   * source line stylish shows under each finding; absent for a clean or unreadable file.
   */
  text?: string;
  findings: Finding[];
}

/** How to validate. */
export interface ValidateOptions {
  /** The working folder: PATHs and shown file names are relative to it. */
  cwd: string;
  t: Translate;
  /** Today as YYYY-MM-DD, for the overdue checks. */
  today: string;
  /** Rule settings from the config file (`off` drops a rule's findings). */
  ruleSettings?: RuleSettings;
  /** Largest file read, in bytes (default 5 MiB). */
  maxFileSize?: number;
  /** The lint rules (default: every registered rule). */
  rules?: readonly Rule[];
  /** Files checked at the same time (default 16). */
  concurrency?: number;
  /** Only this share of the files (`--shard K/N`, for a CI matrix). */
  shard?: Shard;
  /** Told after each file is checked: how many are done of how many (the CLI draws progress). */
  onProgress?: (done: number, total: number) => void;
  /** How folders are listed (default: the file system's readdir). */
  listFolder?: ListFolder;
}

/** The checked files, sorted by name; or the PATHs that matched nothing (then nothing was checked). */
export interface ValidateResult {
  files: ValidatedFile[];
  unmatched: string[];
}

/** The folder validated when no PATH is given. */
export const DEFAULT_PATHS = ['plans/'];

/** Validates the files that `paths` name (files, folders, globs; default `plans/`). */
export async function validatePaths(
  paths: readonly string[],
  options: ValidateOptions,
): Promise<ValidateResult> {
  const files: ValidatedFile[] = [];
  const { unmatched } = await validatePathsEach(paths, options, (file) => {
    files.push(file);
  });
  return { files, unmatched };
}

/**
 * Validates the files that `paths` name, handing each checked file to `each` in the order files
 * are shown (by name) as soon as the files before it are done, and keeping none: memory does not
 * grow with the number of files. Returns the PATHs that matched nothing (then nothing is checked).
 */
export async function validatePathsEach(
  paths: readonly string[],
  options: ValidateOptions,
  each: (file: ValidatedFile) => void | Promise<void>,
): Promise<{ unmatched: string[] }> {
  const { cwd, shard } = options;
  const expanded = await expandPaths(
    paths.length > 0 ? paths : DEFAULT_PATHS,
    cwd,
    options.listFolder,
  );
  if (expanded.unmatched.length > 0) return { unmatched: expanded.unmatched };
  // A folder that could not be listed is reported, like a file, by the one shard it falls in.
  const share = (all: string[]) => (shard ? selectShard(all, { ...shard, cwd }) : all);
  const causes = new Map(expanded.unlisted.map(({ path, cause }) => [path, cause]));
  const files = share(expanded.files);
  const entries = inShownOrder(
    [...files, ...share([...causes.keys()])].map((path) => ({ path, cause: causes.get(path) })),
    cwd,
  );
  const check = fileChecker(options, files.length);
  await forEachInOrder(
    entries,
    options.concurrency ?? 16,
    async ({ path, cause }) =>
      cause === undefined ? check(path) : unlistedFolder(path, cause, options),
    each,
  );
  return { unmatched: [] };
}

/** Validates files given by absolute path; a plan that scenarios name is read once for all of them. */
export async function validateFiles(
  paths: readonly string[],
  options: ValidateOptions,
): Promise<ValidatedFile[]> {
  const check = fileChecker(options, paths.length);
  const files: ValidatedFile[] = [];
  const entries = inShownOrder(
    paths.map((path) => ({ path })),
    options.cwd,
  );
  await forEachInOrder(
    entries,
    options.concurrency ?? 16,
    ({ path }) => check(path),
    (file) => {
      files.push(file);
    },
  );
  return files;
}

/** Entries sorted by the name each file is shown with. */
function inShownOrder<T extends { path: string }>(entries: T[], cwd: string): T[] {
  return entries
    .map((entry) => ({ entry, name: displayName(entry.path, cwd) }))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ entry }) => entry);
}

/** The finding of a folder that could not be listed. */
function unlistedFolder(path: string, cause: string, options: ValidateOptions): ValidatedFile {
  const file = displayName(path, options.cwd);
  const message = options.t('load.cannot-list', { cause });
  const finding = findingAtPosition(file, 1, 1, 'file/unreadable', message);
  return { file, findings: applyRuleSettings([finding], options.ruleSettings ?? {}) };
}

/** Checks one file at a time with the check service, the scenarios' plans looked up once for the run. */
function fileChecker(
  options: ValidateOptions,
  total: number,
): (path: string) => Promise<ValidatedFile> {
  const ctx: CheckContext = { ...options, plans: planLookup(options) };
  let done = 0;
  return async (path) => {
    const checked = await checkFile(path, { ctx });
    const file: ValidatedFile = { file: checked.file, findings: checked.findings };
    // Only findings need source lines: keeping whole texts would make memory grow with the run.
    const lines = checked.text === undefined ? undefined : linesUnder(checked.text, file);
    if (lines !== undefined) file.text = lines;
    options.onProgress?.(++done, total);
    return file;
  };
}

/** The lines of `text` that the file's own findings start on, other lines left empty; none if no finding. */
function linesUnder(text: string, { file, findings }: ValidatedFile): string | undefined {
  const wanted = new Set<number>();
  let last = 0;
  for (const finding of findings) {
    if (finding.file !== file) continue;
    wanted.add(finding.line);
    last = Math.max(last, finding.line);
  }
  if (wanted.size === 0) return undefined;
  const lines = text
    .split(/\r\n|\n/, last)
    .map((line, index) => (wanted.has(index + 1) ? line : ''));
  // Joining at least two parts copies the kept lines into a new string: a line split off the text
  // alone would be a slice of it, holding on to the whole text.
  return [...lines, ''].join('\n');
}
