/** The contract between `yuan validate` and the formats of its findings. */
import type { ChalkInstance } from 'chalk';
import type { Lang, Translate } from '../../i18n/index.js';
import type { RuleInfo } from '../../model/rule-docs.js';
import type { Finding } from '../../model/finding.js';

/** One checked file: its name as shown to the user, its text when it could be read, its findings. */
export interface FileReport {
  /** The file as the user named it (the same string as its findings' `file`). */
  file: string;
  /** The text the findings' positions refer to (for the source line under each finding). */
  text?: string;
  findings: Finding[];
}

/** What every formatter may use besides the findings. */
export interface FindingsFormatOptions {
  /** Messages in the user's language. */
  t: Translate;
  /** The user's language, for texts that come in both languages (rule docs). */
  lang: Lang;
  /** Colour for terminal formats; the caller decides whether colour is on (level 0 means none). */
  color: ChalkInstance;
  /** Every rule of the registry, for SARIF rule metadata. */
  rules: readonly RuleInfo[];
  /** The version of yuan, for SARIF `tool.driver.version`. */
  toolVersion: string;
  /** The working folder: machine formats give file paths relative to it. */
  cwd: string;
}

/** Turns the findings of every checked file into the whole output of one format. */
export type FindingsFormatter = (files: FileReport[], options: FindingsFormatOptions) => string;

/**
 * Writes one format's output file by file, so that `yuan validate` prints each file's findings as
 * soon as it is checked and keeps none of them: memory does not grow with the number of files.
 */
export interface FindingsWriter {
  /** The text for the next checked file (files come in the order they are shown). */
  file(report: FileReport): string;
  /** The text after the last file: totals, closing brackets. */
  end(): string;
}

/** Starts a writer of one format. */
export type FindingsFormat = (options: FindingsFormatOptions) => FindingsWriter;

/** The whole output of a format at once, for callers that have every file already. */
export function wholeOutput(format: FindingsFormat): FindingsFormatter {
  return (files, options) => {
    const writer = format(options);
    return files.map((file) => writer.file(file)).join('') + writer.end();
  };
}
