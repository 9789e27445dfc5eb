/** Writing what `yuan init` made, never over a user's file unless `--force` says so. */
import { access, mkdir, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import type { RenderedFile } from '../../init/index.js';
import { FatalError, UsageError, type CommandContext } from '../io.js';

/** A written file: where it is, and how to name it to the user (relative to the working folder). */
export interface WrittenFile {
  kind: RenderedFile['kind'];
  path: string;
  shown: string;
}

/** Writes the files into `folder` (created if needed); refuses existing files unless `force`. */
export async function writePlanFiles(
  folder: string,
  files: readonly RenderedFile[],
  force: boolean,
  { io, t }: Pick<CommandContext, 'io' | 't'>,
): Promise<WrittenFile[]> {
  const written = files.map((file) => {
    const path = join(folder, file.name);
    return { kind: file.kind, path, shown: shownPath(io.cwd, path), text: file.text };
  });
  // Check every file before writing any, so a refusal never leaves half a plan behind.
  if (!force)
    await refuseExisting(
      folder,
      files.map((file) => file.name),
      { io, t },
    );
  for (const file of written) {
    try {
      await mkdir(folder, { recursive: true });
      // `wx` also refuses a file that appeared since the check above.
      await writeFile(file.path, file.text, { flag: force ? 'w' : 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new UsageError(t('init.exists', { file: file.shown }));
      throw new FatalError(
        t('init.cannot-write', { file: file.shown, cause: code ?? String(error) }),
      );
    }
  }
  return written.map(({ kind, path, shown }) => ({ kind, path, shown }));
}

/** Throws the usage error of `init.exists` for the first of these files that already exists. */
export async function refuseExisting(
  folder: string,
  names: readonly string[],
  { io, t }: Pick<CommandContext, 'io' | 't'>,
): Promise<void> {
  for (const name of names) {
    const path = join(folder, name);
    if (await exists(path))
      throw new UsageError(t('init.exists', { file: shownPath(io.cwd, path) }));
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** The path relative to the working folder when it lies inside it, else as it is. */
function shownPath(cwd: string, path: string): string {
  const shown = relative(cwd, path);
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}
