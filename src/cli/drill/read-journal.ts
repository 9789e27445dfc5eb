/** Reading a journal for `--resume`: damage and other files are refused (exit 2). */
import { resolve } from 'node:path';
import { decodeJournal, type DecodedJournal } from '../../drill/journal-codec.js';
import { FatalError, type CommandContext } from '../io.js';
import { MAX_JOURNAL_BYTES, readGivenFile } from '../read-given-file.js';

/** A journal read back, with its absolute path and the name the user gave. */
export interface ReadJournal extends DecodedJournal {
  path: string;
  file: string;
}

/** Reads and decodes the journal `file`; warns on stderr about a torn last line. */
export async function readJournal(file: string, { io, t }: CommandContext): Promise<ReadJournal> {
  const path = resolve(io.cwd, file);
  const bytes = await readGivenFile(path, file, MAX_JOURNAL_BYTES, 'drill.cannot-read', { t });
  const decoded = decodeJournal(bytes.toString('utf8'));
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
