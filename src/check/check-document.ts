/** Reading and schema-checking one YAML document: the part of checking a file that needs no plan. */
import { createHash } from 'node:crypto';
import type { Translate } from '../i18n/index.js';
import {
  DEFAULT_LIMITS,
  findingAt,
  parseText,
  readSource,
  type LoadedDocument,
  type SourceText,
} from '../load/index.js';
import type { Finding } from '../model/finding.js';
import { checkSchema } from './check-schema.js';
import type { DocumentKind } from './detect-kind.js';
import { displayName } from './display-name.js';

/** A file after reading and the schema check. */
export interface CheckedDocument {
  /** The file as shown to the user. */
  file: string;
  /** The text, when the file could be read as UTF-8 (stylish shows its lines). */
  text?: string;
  /** `sha256:<hex>` of the bytes read, when the file could be read (drill journals record it). */
  sha256?: string;
  /** The parsed document, when the YAML could be parsed. */
  document?: LoadedDocument;
  /** The document's kind, when it declares a known one. */
  kind?: DocumentKind;
  /** Findings of reading, parsing and the schema check. */
  findings: Finding[];
  /** True when the document matches the schema (and the kind expected), so rules may run on it. */
  valid: boolean;
}

/** What reading needs: where names are relative to, the language, and the size limit. */
export interface ReadOptions {
  cwd: string;
  t: Translate;
  /** Largest file read, in bytes (default 5 MiB). */
  maxFileSize?: number;
}

/** A file as read: its name as shown, and its text or why it cannot be read. */
export interface ReadDocument {
  file: string;
  source: SourceText;
}

/** Reads one file (the part of checking it that waits). */
export async function readDocument(
  path: string,
  options: ReadOptions,
  maxBytes = options.maxFileSize ?? DEFAULT_LIMITS.maxBytes,
): Promise<ReadDocument> {
  const file = displayName(path, options.cwd);
  return { file, source: await readSource(path, file, maxBytes, options.t) };
}

/** Reads, parses and schema-checks one file; every problem is a finding. */
export async function checkDocument(
  path: string,
  options: ReadOptions,
  expected?: DocumentKind,
): Promise<CheckedDocument> {
  return checkSource(path, await readDocument(path, options), options, expected);
}

/**
 * Parses and schema-checks a file already read. It never waits: a caller that also lints before
 * waiting again keeps one file's syntax tree alive at a time, however many files are being read.
 * With `expected`, a document of another kind is refused, and an answers file may leave its
 * `kind` out (the command says what it is).
 */
export function checkSource(
  path: string,
  { file, source }: ReadDocument,
  options: ReadOptions,
  expected?: DocumentKind,
): CheckedDocument {
  const { t } = options;
  if ('finding' in source) return { file, findings: [source.finding], valid: false };
  const { text } = source;
  const sha256 = `sha256:${createHash('sha256').update(source.bytes).digest('hex')}`;
  const maxBytes = options.maxFileSize ?? DEFAULT_LIMITS.maxBytes;
  // parseText on the text just read (not loadDocument) keeps the text even when the YAML is broken.
  const { document, findings } = parseText(text, { file, path, t, limits: { maxBytes } });
  if (!document) return { file, text, sha256, findings, valid: false };
  const schema = checkSchema(document, t, expected === 'answers' ? 'answers' : undefined);
  const checked = {
    file,
    text,
    sha256,
    document,
    ...(schema.kind ? { kind: schema.kind } : {}),
    findings: [...findings, ...schema.findings],
  };
  if (expected !== undefined && schema.kind !== undefined && schema.kind !== expected) {
    const message = t('check.kind.expected', {
      actual: t(`check.kind.${schema.kind}`),
      actualKind: schema.kind,
      expected: t(`check.kind.${expected}`),
      expectedKind: expected,
    });
    checked.findings.push(findingAt(document, '/kind', 'schema', 'error', message));
  }
  return { ...checked, valid: schema.kind !== undefined && checked.findings.length === 0 };
}
