/**
 * THE one way yuan reads and checks an input, whatever the command: a plan, a scenario, a drill's
 * scripted answers, the config file or a drill journal. Every input goes through the same reading
 * (a regular file of bounded size, UTF-8) and, for YAML, the same parser limits and schema; every
 * semantic check is a lint rule. Problems are findings, never exceptions.
 */
import { sortFindings, type Finding } from '../model/finding.js';
import {
  checkSource,
  readDocument,
  type CheckedDocument,
  type ReadDocument,
  type ReadOptions,
} from './check-document.js';
import type { DocumentKind } from './detect-kind.js';
import { checkConfigText } from './check-config.js';
import { checkJournalText, MAX_JOURNAL_BYTES } from './check-journal.js';
import type { CheckContext, CheckedInput, InputDocuments, InputKind } from './input-types.js';
import { lintDocument } from './lint-checked.js';
import { applyRuleSettings, type RuleSettings } from './rule-settings.js';

export * from './input-types.js';

/**
 * Reads and checks the input at `path`. A config or a journal needs only the reading context; a
 * YAML document of no given kind is whatever it declares (a plan, a scenario or answers).
 */
export async function checkFile<K extends 'config' | 'journal'>(
  path: string,
  options: { kind: K; ctx: ReadOptions },
): Promise<CheckedInput<InputDocuments[K]>>;
export async function checkFile<K extends DocumentKind>(
  path: string,
  options: { kind: K; ctx: CheckContext },
): Promise<CheckedInput<InputDocuments[K]>>;
export async function checkFile(
  path: string,
  options: { ctx: CheckContext },
): Promise<CheckedInput<InputDocuments[DocumentKind]>>;
export async function checkFile(
  path: string,
  { kind, ctx }: { kind?: InputKind; ctx: ReadOptions },
): Promise<CheckedInput<unknown>> {
  const maxBytes = kind === 'journal' ? MAX_JOURNAL_BYTES : ctx.maxFileSize;
  const read = await readDocument(path, ctx, maxBytes);
  if (kind === 'journal') return checkJournalText(read, ctx.t);
  if (kind === 'config') return checkConfigText(read, ctx.t);
  return checkRead(path, read, {
    ...(kind !== undefined ? { kind } : {}),
    ctx: ctx as CheckContext,
  });
}

/** Checks a YAML document already read (or given as text: see `textRead`). */
export async function checkRead<K extends DocumentKind>(
  path: string,
  read: ReadDocument,
  { kind, ctx }: { kind?: K; ctx: CheckContext },
): Promise<CheckedInput<InputDocuments[K]>> {
  const checked = checkSource(path, read, ctx, kind);
  const lint = await lintDocument(checked, ctx);
  return settle(checked, lint, ctx.ruleSettings ?? {}) as CheckedInput<InputDocuments[K]>;
}

/** A text given in place of a file (the library's `parsePlan`), as if read from `file`. */
export function textRead(text: string, file: string): ReadDocument {
  return { file, source: { text, bytes: Buffer.from(text, 'utf8') } };
}

/** The result of a YAML input: its findings settled, and its data when none is an error. */
function settle(
  checked: CheckedDocument,
  lint: Finding[],
  settings: RuleSettings,
): CheckedInput<unknown> {
  const findings = sortFindings(applyRuleSettings([...checked.findings, ...lint], settings));
  const ok = checked.valid && !findings.some((finding) => finding.severity === 'error');
  const { file, text, sha256, document, kind } = checked;
  return {
    file,
    ...(kind ? { kind } : {}),
    ...(text !== undefined ? { text } : {}),
    ...(sha256 !== undefined ? { sha256 } : {}),
    ...(document ? { loaded: document } : {}),
    ...(ok ? { document: document!.data } : {}),
    findings,
  };
}
