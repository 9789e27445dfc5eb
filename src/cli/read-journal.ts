/**
 * Reading a drill journal given to `yuan drill --resume` or `yuan report`, through the check
 * service: damage, another kind of file or an unreadable one is one line and exit 2; a torn last
 * line is a warning on stderr.
 */
import { resolve } from 'node:path';
import { checkFile } from '../check/index.js';
import type { DecodedJournal } from '../model/journal-codec.js';
import { FatalError, type CommandContext } from './io.js';
import { located } from './input-errors.js';

/** A journal read back, with its absolute path and the name the user gave. */
export interface ReadJournal extends DecodedJournal {
  path: string;
  file: string;
}

/** Reads and decodes the journal `file`. */
export async function readJournal(file: string, { io, t }: CommandContext): Promise<ReadJournal> {
  const path = resolve(io.cwd, file);
  const checked = await checkFile(path, { kind: 'journal', ctx: { cwd: io.cwd, t } });
  const [first] = checked.findings;
  if (!checked.document) throw new FatalError(first ? located(first) : file);
  for (const warning of checked.findings) {
    io.stderr.write(`yuan: ${t('cli.warning')}: ${located(warning)}\n`);
  }
  return { ...checked.document, path, file };
}
