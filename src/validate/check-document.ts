/** Reading and schema-checking a file, each file once per run however many scenarios name it. */
import type { Translate } from '../i18n/index.js';
import { DEFAULT_LIMITS, parseText, readSource, type LoadedDocument } from '../load/index.js';
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

/** Checks the file at an absolute path (memoized per path). */
export type DocumentChecker = (path: string) => Promise<CheckedDocument>;

/** What reading needs: where names are relative to, the language, and the size limit. */
export interface CheckOptions {
  cwd: string;
  t: Translate;
  /** Largest file read, in bytes (default 5 MiB). */
  maxFileSize?: number;
}

/** A checker whose cache lives as long as the checker (one run of `yuan validate`). */
export function documentChecker(options: CheckOptions): DocumentChecker {
  const cache = new Map<string, Promise<CheckedDocument>>();
  return (path) => {
    let checked = cache.get(path);
    if (!checked) {
      checked = checkDocument(path, options);
      cache.set(path, checked);
    }
    return checked;
  };
}

/** Reads, parses and schema-checks one file; every problem is a finding. */
export async function checkDocument(path: string, options: CheckOptions): Promise<CheckedDocument> {
  const { t } = options;
  const file = displayName(path, options.cwd);
  const maxBytes = options.maxFileSize ?? DEFAULT_LIMITS.maxBytes;
  // readSource then parseText (what loadDocument does) keeps the text even when the YAML is broken.
  const source = await readSource(path, file, maxBytes, t);
  if ('finding' in source) return { file, findings: [source.finding], valid: false };
  const { text } = source;
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
