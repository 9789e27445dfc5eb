/**
 * A quick look for hostile flow nesting (`[[[[…`) before the YAML parser sees the text: yaml's parser
 * spends seconds and hundreds of megabytes on a few hundred thousand nested brackets, far more than
 * the size limit suggests, so such text is refused before it is parsed.
 */

/** The offset of the first `[` or `{` nested deeper than `max` flow levels, or -1. */
export function deepFlowAt(text: string, max: number): number {
  let depth = 0;
  let quote: string | undefined;
  // Whether a node may start here: a flow collection or a quoted scalar opens only where a value begins.
  let valueStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote !== undefined) {
      if (char === '\\' && quote === '"') i++;
      else if (char === quote && quote === "'" && text[i + 1] === "'") i++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === '\n') {
      valueStart = true;
    } else if (char === ' ' || char === '\t' || char === '\r') {
      continue;
    } else if (char === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end - 1;
    } else if ((char === '[' || char === '{') && valueStart) {
      if (++depth > max) return i;
    } else if ((char === ']' || char === '}') && depth > 0) {
      depth--;
      valueStart = false;
    } else if ((char === '"' || char === "'") && valueStart) {
      quote = char;
      valueStart = false;
    } else if (
      char === ',' ||
      ((char === ':' || char === '-' || char === '?') && /\s/.test(text[i + 1] ?? ' '))
    ) {
      valueStart = true;
    } else {
      valueStart = false;
    }
  }
  return -1;
}
