/** The offending source line with a caret under the finding, lined up on any terminal. */
import { displayWidth } from './display-width.js';

/** Tab stops of the shown line; tabs are expanded here so the caret line can match them. */
const TAB_WIDTH = 4;
/** Lines longer than this (in UTF-16 units) are cut to a window around the finding. */
const LONG_LINE = 200;
const WINDOW_BEFORE = 40;
const WINDOW_LENGTH = 160;
const ELLIPSIS = '…';

// C0 and C1 controls (terminal escapes among them) and the bidirectional overrides of
// "Trojan Source" (CVE-2021-42574) would let a plan rewrite the terminal; show U+FFFD instead.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to print on one terminal line: control characters become U+FFFD, line breaks spaces. */
export function printable(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(UNPRINTABLE, '\uFFFD');
}

/** The shown source line and the marker line beneath it (caret column in display cells). */
export interface CodeFrame {
  source: string;
  marker: string;
}

/**
 * Frames `column` (1-based, in UTF-16 units as the loader counts) of one source line, with carets
 * up to `endColumn` (exclusive) when the finding ends on the same line, else a single caret.
 */
export function codeFrame(lineText: string, column: number, endColumn?: number): CodeFrame {
  const start = clamp(column - 1, 0, lineText.length);
  const end = endColumn !== undefined ? clamp(endColumn - 1, start, lineText.length) : start;
  const [from, to] = windowAround(lineText, start);
  const lead = from > 0 ? ELLIPSIS : '';
  const tail = to < lineText.length ? ELLIPSIS : '';
  const visible = lineText.slice(from, to);
  const caretAt = displayWidth(lead + expand(visible.slice(0, start - from)));
  const caretEnd = displayWidth(lead + expand(visible.slice(0, Math.min(end, to) - from)));
  return {
    source: lead + expand(visible) + tail,
    marker: ' '.repeat(caretAt) + '^'.repeat(Math.max(1, caretEnd - caretAt)),
  };
}

/** Expands tabs to the next tab stop (measured in display cells) and hides control characters. */
function expand(text: string): string {
  let shown = '';
  text.split('\t').forEach((piece, index) => {
    if (index > 0) shown += ' '.repeat(TAB_WIDTH - (displayWidth(shown) % TAB_WIDTH));
    shown += printable(piece);
  });
  return shown;
}

/** The part of a long line worth showing, never splitting a surrogate pair. */
function windowAround(lineText: string, start: number): [number, number] {
  if (lineText.length <= LONG_LINE) return [0, lineText.length];
  let from = Math.max(0, start - WINDOW_BEFORE);
  let to = Math.min(lineText.length, from + WINDOW_LENGTH);
  if (isLowSurrogate(lineText, from)) from -= 1;
  if (isLowSurrogate(lineText, to)) to += 1;
  return [from, to];
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
