/** A parsed file with its source map, and how findings are placed on it. */
import type { Finding, Severity } from '../model/finding.js';
import type { SourceMap } from './source-map.js';

/** One YAML file, parsed, with the positions of every value. */
export interface LoadedDocument {
  /** The file as shown to the user. */
  file: string;
  /** The absolute path ('' for text that came from no file). */
  path: string;
  text: string;
  /** The plain data of the document (never undefined: an empty file is refused). */
  data: unknown;
  sourceMap: SourceMap;
}

/** What loading gives: the document when it could be parsed, and the findings either way. */
export interface LoadResult {
  document?: LoadedDocument;
  findings: Finding[];
}

/** A finding placed on the key or value at `pointer` of a loaded document. */
export function findingAt(
  document: Pick<LoadedDocument, 'file' | 'sourceMap'>,
  pointer: string,
  ruleId: string,
  severity: Severity,
  message: string,
  part: 'key' | 'value' = 'value',
): Finding {
  const { start, end } = document.sourceMap.locate(pointer, part);
  return {
    ruleId,
    severity,
    message,
    file: document.file,
    pointer,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

/** A finding at a position that no pointer names (a syntax error, a bad byte). */
export function findingAtPosition(
  file: string,
  line: number,
  column: number,
  ruleId: string,
  message: string,
): Finding {
  return {
    ruleId,
    severity: 'error',
    message,
    file,
    pointer: '',
    line,
    column,
    endLine: line,
    endColumn: column,
  };
}
