/**
 * A pretty-printed JSON document written piece by piece: everything but one array is known before
 * (or, for totals, after) its items, which are written one at a time as they come. The text is
 * exactly `JSON.stringify(document, null, 2)` of the whole document.
 */

/** Stands for the array's items in a skeleton; no other value of the skeleton may be this string. */
export const ITEMS = '\u0000yuan:items\u0000';

/** How the marker reads in JSON text. */
const QUOTED = JSON.stringify(ITEMS);

/** Writes a document whose skeleton holds `[ITEMS]` where the streamed array goes. */
export interface JsonStream {
  /** The text for the next item. */
  item(value: unknown): string;
  /** The rest of the document, from the skeleton as it is at the end (totals filled in). */
  end(skeleton: unknown): string;
}

/** A stream for documents shaped like `skeleton`, written from its start to its end. */
export function jsonStream(skeleton: unknown): JsonStream {
  const { head, indent } = around(skeleton);
  let written = 0;
  return {
    item(value) {
      const text = indent + JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);
      return written++ === 0 ? head + text : `,\n${text}`;
    },
    end(final) {
      // No item: the array prints as `[]`, and nothing was written yet.
      if (written === 0) {
        const text = JSON.stringify(final, null, 2);
        return `${text.replace(new RegExp(`\\[\\n *${escape(QUOTED)}\\n *\\]`), '[]')}\n`;
      }
      return `${around(final).tail}\n`;
    },
  };
}

/** The text before the marker's line, the marker's indentation, and the text after the marker. */
function around(skeleton: unknown): { head: string; indent: string; tail: string } {
  const text = JSON.stringify(skeleton, null, 2);
  const at = text.indexOf(QUOTED);
  if (at < 0) throw new Error('jsonStream: the skeleton holds no [ITEMS]');
  const lineStart = text.lastIndexOf('\n', at) + 1;
  return {
    head: text.slice(0, lineStart),
    indent: text.slice(lineStart, at),
    tail: text.slice(at + QUOTED.length),
  };
}

function escape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
