/** Which kind of document a file holds, decided before the schema so a wrong kind is one clear finding. */
import type { Translate } from '../i18n/index.js';
import { findingAt, type LoadedDocument } from '../load/index.js';
import type { Finding } from '../model/finding.js';
import { closestWord } from './closest-word.js';
import { shown } from './describe-schema-problem.js';

/** The kinds of YAML document yuan reads (docs/format.md). */
export const DOCUMENT_KINDS = ['plan', 'scenario', 'answers'] as const;
/** A plan (预案), a scenario (演练脚本) or a drill's scripted answers (脚本化回答). */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * The document's kind, or the one finding that says why it has none. A document without `kind`
 * is of the `implied` kind when the command says what it must be (an answers file given to
 * `--answers`).
 */
export function detectKind(
  document: LoadedDocument,
  t: Translate,
  implied?: DocumentKind,
): { kind: DocumentKind } | { finding: Finding } {
  const { data } = document;
  const refuse = (pointer: string, message: string, part: 'key' | 'value' = 'value') => ({
    finding: findingAt(document, pointer, 'schema', 'error', message, part),
  });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return refuse('', t('check.detect.not-mapping', { actual: shown(data, t) }));
  }
  if (!Object.hasOwn(data, 'kind')) {
    if (implied !== undefined) return { kind: implied };
    // An answers file (`yuan drill --answers`) often sits beside plans; say what it is.
    const answers = Object.hasOwn(data, 'answers');
    return refuse('', t(answers ? 'check.detect.answers' : 'check.detect.missing'));
  }
  const kind = (data as { kind: unknown }).kind;
  if (DOCUMENT_KINDS.includes(kind as DocumentKind)) return { kind: kind as DocumentKind };
  const suggestion = typeof kind === 'string' ? closestWord(kind, DOCUMENT_KINDS) : undefined;
  const message =
    t('check.detect.wrong', { value: String(kind) }) +
    (suggestion ? t('check.did-you-mean', { suggestion }) : '');
  return refuse('/kind', message);
}
