/**
 * Reading a file a command was given besides plans (a drill journal, the plan a journal names):
 * a regular file of bounded size, or a one-line error (exit 2); never a wait on a pipe or an
 * endless read of a device.
 */
import { readRegularFile, type ReadProblem } from '../load/index.js';
import type { MessageKey } from '../i18n/index.js';
import { FatalError, type CommandContext } from './io.js';

/** A drill journal is some hundred bytes an event: far below this, even for a month-long drill. */
export const MAX_JOURNAL_BYTES = 64 * 1024 * 1024;

/** The bytes of `path` (shown as `file`), or a FatalError with `message` (`{file}`, `{cause}`). */
export async function readGivenFile(
  path: string,
  file: string,
  maxBytes: number,
  message: MessageKey,
  { t }: Pick<CommandContext, 't'>,
): Promise<Buffer> {
  const read = await readRegularFile(path, maxBytes);
  if ('bytes' in read) return read.bytes;
  throw new FatalError(t(message, { file, cause: cause(read, t) }));
}

function cause(read: ReadProblem, t: CommandContext['t']): string {
  switch (read.problem) {
    case 'folder':
      return t('cli.read.folder');
    case 'not-regular':
      return t('cli.read.not-regular');
    case 'too-large':
      return t('cli.read.too-large', { size: read.size, max: read.max });
    case 'error':
      return read.cause;
  }
}
