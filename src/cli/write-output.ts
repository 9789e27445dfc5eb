/** Writing a command's result to `-o FILE` or to standard output. */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { CommandContext } from './io.js';
import { FatalError } from './io.js';

/** Writes `text` to FILE (atomically: a reader never sees half a report) or to stdout. */
export async function writeOutput(
  text: string,
  file: string | undefined,
  context: CommandContext,
): Promise<void> {
  if (!file) {
    context.io.stdout.write(text);
    return;
  }
  const target = resolve(context.io.cwd, file);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(temporary, text);
    await rename(temporary, target);
  } catch (error) {
    const cause = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new FatalError(context.t('cli.cannot-write', { file, cause }));
  }
}
