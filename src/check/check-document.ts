/** Reading and schema-checking one file. */
import type { Translate } from '../i18n/index.js';
import {
  DEFAULT_LIMITS,
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
  /** The parsed document, when the YAML could be parsed. */
  document?: LoadedDocument;
  /** The document's kind, when it declares a known one. */
  kind?: DocumentKind;
  /** Findings of reading, parsing and the schema check. */
  findings: Finding[];
  /** True when the document matches the schema, so the lint rules may run on its data. */
  valid: boolean;
}

/** What reading needs: where names are relative to, the language, and the size limit. */
export interface CheckOptions {
  cwd: string;
  t: Translate;
  /** Largest file read, in bytes (default 5 MiB). */
  maxFileSize?: number;
}

/** Reads, parses and schema-checks one file; every problem is a finding. */
export async function checkDocument(path: string, options: CheckOptions): Promise<CheckedDocument> {
  return checkSource(path, await readDocumentSource(path, options), options);
}

/** A file as read: its name as shown, and its text or why it cannot be read. */
export interface ReadDocument {
  file: string;
  source: SourceText;
}

/** Reads one file (the part of checking it that waits). */
export async function readDocumentSource(
  path: string,
  options: CheckOptions,
): Promise<ReadDocument> {
  const file = displayName(path, options.cwd);
  const maxBytes = options.maxFileSize ?? DEFAULT_LIMITS.maxBytes;
  return { file, source: await readSource(path, file, maxBytes, options.t) };
}

/**
 * Parses and schema-checks a file already read. It never waits: a caller that also lints before
 * waiting again keeps one file's syntax tree alive at a time, however many files are being read.
 */
export function checkSource(
  path: string,
  { file, source }: ReadDocument,
  options: CheckOptions,
): CheckedDocument {
  const { t } = options;
  if ('finding' in source) return { file, findings: [source.finding], valid: false };
  const { text } = source;
  const maxBytes = options.maxFileSize ?? DEFAULT_LIMITS.maxBytes;
  // parseText on the text just read (not loadDocument) keeps the text even when the YAML is broken.
  const { document, findings } = parseText(text, { file, path, t, limits: { maxBytes } });
  if (!document) return { file, text, findings, valid: false };
  const schema = checkSchema(document, t);
  return {
    file,
    text,
    document,
    ...(schema.kind ? { kind: schema.kind } : {}),
    findings: [...findings, ...schema.findings],
    valid: schema.kind !== undefined && schema.findings.length === 0,
  };
}
