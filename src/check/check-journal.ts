/**
 * A drill journal as an input: read with the same limits as any input (a regular file, UTF-8, of
 * bounded size), decoded, and every problem a located finding (rule `journal`).
 */
import type { Translate } from '../i18n/index.js';
import { findingAtPosition } from '../load/index.js';
import { decodeJournal, type DecodedJournal } from '../model/journal-codec.js';
import type { ReadDocument } from './check-document.js';
import type { CheckedInput } from './input-types.js';

/** A drill journal is some hundred bytes an event: far below this, even for a month-long drill. */
export const MAX_JOURNAL_BYTES = 64 * 1024 * 1024;

/** The journal in a file already read; a torn last line is a warning, other damage an error. */
export function checkJournalText(
  { file, source }: ReadDocument,
  t: Translate,
): CheckedInput<DecodedJournal> {
  if ('finding' in source) return { file, kind: 'journal', findings: [source.finding] };
  const decoded = decodeJournal(source.text);
  if ('problem' in decoded) {
    const { problem } = decoded;
    const line = problem.kind === 'corrupt' ? problem.line : 1;
    const message = t(`check.journal.${problem.kind}`);
    return {
      file,
      kind: 'journal',
      findings: [findingAtPosition(file, line, 1, 'journal', message)],
    };
  }
  const { journal } = decoded;
  const findings =
    journal.tornLine === undefined
      ? []
      : [
          {
            ...findingAtPosition(file, journal.tornLine, 1, 'journal', t('check.journal.torn')),
            severity: 'warning' as const,
          },
        ];
  return { file, kind: 'journal', document: journal, findings };
}
