/**
 * Filling a template's `{{placeholder}}` scalars, without ever building YAML from strings.
 *
 * The template is parsed first; each scalar that holds a placeholder is then replaced, in the
 * source text, by a scalar rendered on its own: a number as digits, any text as a JSON string
 * (a valid YAML double-quoted scalar, so quotes, colons, `#` and newlines in a place's name stay
 * text). Everything else of the template (comments, layout, flow style) is kept byte for byte.
 */
import { isScalar, parseDocument, visit, type Document } from 'yaml';

/** Values of the placeholders, by name (`name`, `population`, `site.checkpoint`, ...). */
export type PlaceholderValues = Readonly<Record<string, string | number>>;

/** A replacement of the text between two offsets. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

const PLACEHOLDER = /\{\{([a-z][a-z0-9.-]*)\}\}/g;
const WHOLE = /^\{\{([a-z][a-z0-9.-]*)\}\}$/;

/** The template with every placeholder filled; throws on a broken template (a bug of ours, not the user's). */
export function fillPlaceholders(source: string, values: PlaceholderValues): string {
  const document = parseDocument(source);
  if (document.errors.length > 0) throw new Error(`template: ${document.errors[0]!.message}`);
  const edits: TextEdit[] = [];
  const missing = new Set<string>();
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string' || !node.value.includes('{{') || !node.range) return;
      edits.push({
        start: node.range[0],
        end: node.range[1],
        text: scalarText(node.value, values, missing),
      });
    },
  });
  if (missing.size > 0) throw new Error(`template: no value for ${[...missing].join(', ')}`);
  return applyEdits(source, edits);
}

function scalarText(value: string, values: PlaceholderValues, missing: Set<string>): string {
  const whole = WHOLE.exec(value);
  const wholeValue = whole ? values[whole[1]!] : undefined;
  if (typeof wholeValue === 'number') return String(wholeValue);
  const filled = value.replace(PLACEHOLDER, (placeholder, key: string) => {
    const replacement = values[key];
    if (replacement === undefined) missing.add(key);
    return replacement === undefined ? placeholder : String(replacement);
  });
  return JSON.stringify(filled);
}

/** The text with non-overlapping edits applied (in any order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** An edit that replaces the scalar at `path` of a parsed template with `text`. */
export function scalarEdit(document: Document, path: readonly string[], text: string): TextEdit {
  const node = document.getIn(path, true);
  if (!isScalar(node) || !node.range) throw new Error(`template: no scalar at ${path.join('.')}`);
  return { start: node.range[0], end: node.range[1], text };
}
