/** Reading a journal for `--resume`: damage and other files are refused (exit 2). */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decodeJournal, type DecodedJournal } from '../../drill/journal-codec.js';
import { FatalError, type CommandContext } from '../io.js';

/** A journal read back, with its absolute path and the name the user gave. */
export interface ReadJournal extends DecodedJournal {
  path: string;
  file: string;
}

/** Reads and decodes the journal `file`; warns on stderr about a torn last line. */
export async function readJournal(file: string, { io, t }: CommandContext): Promise<ReadJournal> {
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const cause = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new FatalError(t('drill.cannot-read', { file, cause }));
  }
  const decoded = decodeJournal(text);
  if ('problem' in decoded) {
    const { problem } = decoded;
    throw new FatalError(
      problem.kind === 'corrupt'
        ? t('drill.journal.corrupt', { file, line: problem.line })
        : t('drill.journal.not-a-journal', { file }),
    );
  }
  const { journal } = decoded;
  if (journal.tornLine !== undefined) {
    io.stderr.write(`yuan: ${t('drill.journal.torn', { file, line: journal.tornLine })}\n`);
  }
  return { ...journal, path, file };
}
