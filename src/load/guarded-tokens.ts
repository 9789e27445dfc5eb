/**
 * yaml's token stream with two guards that stop the parser early on hostile or absurd text, before
 * it has built (and the later steps have walked) the whole document: runaway nesting, and more
 * values than any plan has.
 */
import { Lexer, Parser, type CST } from 'yaml';

/** Why and where the stream was cut (set when it is). */
export interface TokenCut {
  offset?: number;
  reason?: 'depth' | 'values';
}

/** How far the parser may go. */
export interface TokenGuard {
  /** The deepest nesting accepted (see parserStackLimit). */
  maxDepth: number;
  /** The most values accepted: mapping entries and list items. */
  maxValues: number;
}

/**
 * The parser's stack depth at which parsing stops. A document `maxDepth` levels deep keeps about
 * `maxDepth + 2` tokens on that stack; the margin leaves the exact limit to mapSource and stops only
 * hostile files, which otherwise cost yaml's parser seconds and hundreds of megabytes per 100,000
 * levels (a 5 MB file of `[` took 100 s and 2.7 GB).
 */
function parserStackLimit(maxDepth: number): number {
  return 2 * maxDepth + 8;
}

/**
 * yaml's CST tokens, stopping (and saying where and why in `cut`) once the parser's stack passes
 * its limit or the values counted pass `maxValues`. Values are counted from the lexemes: a `:` of
 * a mapping entry, a `-` of a list item, and in a flow list its first item and each `,`. (An empty
 * flow list counts one, so the count may run slightly over, never under.)
 */
export function* guardedTokens(
  text: string,
  guard: TokenGuard,
  cut: TokenCut,
): Generator<CST.Token> {
  const maxStack = parserStackLimit(guard.maxDepth);
  const parser = new Parser();
  // For each open flow collection: whether it is a list (its commas separate values).
  const flow: boolean[] = [];
  let values = 0;
  for (const lexeme of new Lexer().lex(text)) {
    yield* parser.next(lexeme);
    if (parser.stack.length > maxStack) {
      cut.offset = parser.offset;
      cut.reason = 'depth';
      return;
    }
    if (lexeme.length === 1 && countsValue(lexeme, flow) && ++values > guard.maxValues) {
      cut.offset = parser.offset;
      cut.reason = 'values';
      return;
    }
  }
  yield* parser.end();
}

/** Whether a one-character lexeme starts a value; keeps `flow` up to date. */
function countsValue(lexeme: string, flow: boolean[]): boolean {
  switch (lexeme) {
    case ':':
    case '-':
      return true;
    case '[':
      flow.push(true);
      return true;
    case '{':
      flow.push(false);
      return false;
    case ']':
    case '}':
      flow.pop();
      return false;
    case ',':
      return flow[flow.length - 1] === true;
    default:
      return false;
  }
}
