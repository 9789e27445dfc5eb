/**
 * Checking a scripted answers file (drill-and-scoring.md, "Scripted answers") against its plan:
 * every problem is a located finding (`schema` for the shape, `ref/decision` for decisions and
 * options the plan does not have), never an exception.
 */
import type { Translate } from '../i18n/index.js';
import { findingAt, type LoadedDocument } from '../load/index.js';
import { pointerOf } from '../model/pointer.js';
import { parseDuration, type Finding, type Plan } from '../model/index.js';
import { indexDecisions } from '../score/decision-index.js';
import type { QueuedAnswer } from './answer-queues.js';

const ENTRY_KEYS = ['decision', 'option', 'after'] as const;

/** The answers of a file, in order, and its findings; the answers are usable only without errors. */
export interface CheckedAnswers {
  answers: QueuedAnswer[];
  findings: Finding[];
}

/** Checks the data of a loaded answers file against the plan the drill runs. */
export function checkAnswersFile(
  document: LoadedDocument,
  plan: Plan,
  t: Translate,
): CheckedAnswers {
  const findings: Finding[] = [];
  const error = (
    pointer: string,
    ruleId: string,
    message: string,
    part: 'key' | 'value' = 'value',
  ) => findings.push(findingAt(document, pointer, ruleId, 'error', message, part));
  const { data } = document;
  if (!isRecord(data) || !Array.isArray(data.answers)) {
    const at = isRecord(data) && data.answers !== undefined ? '/answers' : '';
    error(at, 'schema', t('drill.answers.not-answers'));
    return { answers: [], findings };
  }
  for (const key of Object.keys(data)) {
    if (key !== 'answers' && !key.startsWith('x-')) {
      error(
        pointerOf('', key),
        'schema',
        t('drill.answers.unknown-key', { key, keys: 'answers' }),
        'key',
      );
    }
  }
  const decisions = indexDecisions(plan);
  const answers: QueuedAnswer[] = [];
  data.answers.forEach((entry: unknown, index: number) => {
    const at = pointerOf('/answers', index);
    if (!isRecord(entry)) {
      error(at, 'schema', t('drill.answers.not-an-entry'));
      return;
    }
    const before = findings.length;
    for (const key of Object.keys(entry)) {
      if (!(ENTRY_KEYS as readonly string[]).includes(key) && !key.startsWith('x-')) {
        error(
          pointerOf(at, key),
          'schema',
          t('drill.answers.unknown-key', { key, keys: ENTRY_KEYS.join(', ') }),
          'key',
        );
      }
    }
    for (const key of ENTRY_KEYS) {
      if (typeof entry[key] !== 'string') error(at, 'schema', t('drill.answers.missing', { key }));
    }
    const { decision, option, after } = entry as Record<string, unknown>;
    const afterMs = typeof after === 'string' ? parseDuration(after) : undefined;
    if (typeof after === 'string' && afterMs === undefined) {
      error(pointerOf(at, 'after'), 'schema', t('drill.answers.bad-after', { value: after }));
    }
    const placed = typeof decision === 'string' ? decisions.get(decision) : undefined;
    if (typeof decision === 'string' && !placed) {
      error(
        pointerOf(at, 'decision'),
        'ref/decision',
        t('drill.answers.unknown-decision', { decision }),
      );
    } else if (
      placed &&
      typeof option === 'string' &&
      !placed.decision.options.some((o) => o.id === option)
    ) {
      const options = placed.decision.options.map((o) => o.id).join(', ');
      error(
        pointerOf(at, 'option'),
        'ref/decision',
        t('drill.answers.unknown-option', { decision: placed.decision.id, option, options }),
      );
    }
    if (
      findings.length === before &&
      typeof decision === 'string' &&
      typeof option === 'string' &&
      afterMs !== undefined
    ) {
      answers.push({ decision, option, after: afterMs, index });
    }
  });
  return { answers, findings };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
