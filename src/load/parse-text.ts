/** YAML text -> data + source map, or located findings: never an exception for a user's mistake. */
import { visit, type Alias, Composer, LineCounter, type Document, type YAMLError } from 'yaml';
import type { Translate } from '../i18n/index.js';
import type { Finding } from '../model/finding.js';
import { guardedTokens, type TokenCut } from './guarded-tokens.js';
import { DEFAULT_LIMITS, type LoadLimits } from './load-limits.js';
import { findingAtPosition, type LoadResult } from './loaded-document.js';
import { mapSource } from './source-map.js';

/** Where the text came from and how to speak about it. */
export interface ParseOptions {
  file: string;
  path?: string;
  t: Translate;
  limits?: Partial<LoadLimits>;
}

/** Parses one YAML document; duplicate keys, several documents, deep nesting, too many values and alias bombs are findings. */
export function parseText(text: string, options: ParseOptions): LoadResult {
  const { file, t } = options;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const tooDeep = (line: number, column: number) =>
    refuse(file, line, column, 'yaml/syntax', t('load.too-deep', { max: limits.maxDepth }));
  const lines = lineCounterOf(text);
  let documents: Document.Parsed[];
  const cut: TokenCut = {};
  try {
    // yaml's parseAllDocuments, with the token stream cut off when the nesting runs away or the
    // values are too many. Its process warnings (a mapping used as a key) stay quiet: the schema
    // check reports such keys. Duplicate keys are found by mapSource in one pass: yaml's own check
    // is quadratic in the keys.
    const tokens = guardedTokens(text, limits, cut);
    documents = Array.from(new Composer({ uniqueKeys: false, logLevel: 'error' }).compose(tokens));
  } catch (error) {
    // The parser recurses on some shapes; a stack overflow means the nesting is hostile.
    if (error instanceof RangeError) return tooDeep(1, 1);
    throw error;
  }
  if (cut.offset !== undefined) {
    const at = lines.linePos(cut.offset);
    if (cut.reason === 'depth') return tooDeep(at.line, at.col);
    const message = t('load.too-many-values', { max: limits.maxValues });
    return refuse(file, at.line, at.col, 'yaml/syntax', message);
  }
  if (documents.length === 0) return refuse(file, 1, 1, 'schema', t('load.empty'));
  if (documents.length > 1) {
    const second = lines.linePos(documents[1]!.range[0]);
    return refuse(file, second.line, second.col, 'yaml/syntax', t('load.multi-document'));
  }
  const document = documents[0]!;
  // yaml turns a stack overflow on hostile nesting into (many) document errors: one finding says it.
  const overflow = document.errors.find((error) => /call stack/i.test(error.message));
  if (overflow) {
    const at = lines.linePos(overflow.pos[0]);
    return tooDeep(at.line, at.col);
  }
  const problems = [...document.errors, ...document.warnings].map((error) =>
    yamlFinding(error, text, file, lines, t),
  );
  if (document.errors.length > 0) return { findings: problems };

  const mapped = mapSource(document.contents, lines);
  if (mapped.duplicateKeys.length > 0) {
    return {
      findings: mapped.duplicateKeys.map(({ key, range }) =>
        findingAtPosition(
          file,
          range.start.line,
          range.start.column,
          'yaml/duplicate-key',
          t('load.duplicate-key', { key }),
        ),
      ),
    };
  }
  if (mapped.depth > limits.maxDepth) return tooDeep(1, 1);
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const at = mapped.firstAlias?.start ?? { line: 1, column: 1 };
    return refuse(
      file,
      at.line,
      at.column,
      'yaml/alias-limit',
      t('load.alias-limit', { max: limits.maxAliasCount }),
    );
  }
  // An alias inside the node it names (`&a [*a]`) makes the data contain itself: everything that
  // walks it afterwards (the schema check first) would recurse forever.
  const cycle = mapped.firstAlias ? selfContainingAlias(document) : undefined;
  if (cycle) {
    const at = lines.linePos(cycle.range?.[0] ?? 0);
    return refuse(file, at.line, at.col, 'yaml/alias-limit', t('load.alias-cycle'));
  }
  if (data === null || data === undefined) return refuse(file, 1, 1, 'schema', t('load.empty'));
  return {
    document: { file, path: options.path ?? '', text, data, sourceMap: mapped.sourceMap },
    findings: problems,
  };
}

/**
 * Where every line starts, from the text itself. yaml's parser reports the newlines inside a
 * multi-line scalar only when the scalar parses; after a token it rejects, its line counter runs
 * short and positions point past the end of their line.
 */
function lineCounterOf(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    lines.addNewLine(at + 1);
  }
  return lines;
}

/** The first alias that names a node containing it, if any (few aliases pass the alias limit). */
function selfContainingAlias(document: Document.Parsed): Alias | undefined {
  let found: Alias | undefined;
  visit(document, {
    Alias(_key, alias, path) {
      const target = alias.resolve(document);
      if (target && path.includes(target)) {
        found = alias;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function refuse(
  file: string,
  line: number,
  column: number,
  ruleId: string,
  message: string,
): LoadResult {
  return { findings: [findingAtPosition(file, line, column, ruleId, message)] };
}

function yamlFinding(
  error: YAMLError,
  text: string,
  file: string,
  lines: LineCounter,
  t: Translate,
): Finding {
  const { line, col } = lines.linePos(error.pos[0]);
  // yaml's messages repeat the position and quote the source; keep the first sentence.
  const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const finding = findingAtPosition(file, line, col, 'yaml/syntax', t('load.syntax', { detail }));
  return error.name === 'YAMLWarning' ? { ...finding, severity: 'warning' } : finding;
}
