/** What `yuan init` accepts as answers, shared by its flags and its questions. */

/** The longest place name accepted: a title, not a paragraph. */
export const MAX_NAME_LENGTH = 100;

/** A whole number of at least `min` written in digits, else undefined. */
export function countValue(text: string, min: number): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) && value >= min ? value : undefined;
}

/** A stock: a number of at least 0 (12.5 litres is a stock), else undefined. */
export function amountValue(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) && value <= Number.MAX_SAFE_INTEGER ? value : undefined;
}

/** A place name: trimmed, 1 to MAX_NAME_LENGTH characters, no line breaks or control characters. */
export function nameValue(text: string): string | undefined {
  const trimmed = text.trim();
  const length = [...trimmed].length;
  if (length === 0 || length > MAX_NAME_LENGTH || hasControl(trimmed)) return undefined;
  return trimmed;
}

/** Whether the text holds a control character or a Unicode line or paragraph separator. */
function hasControl(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029)
      return true;
  }
  return false;
}

/** `ID=N` split into its id and number text, else undefined. */
export function pairValue(text: string): { id: string; value: string } | undefined {
  const match = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)=(.+)$/.exec(text.trim());
  return match ? { id: match[1]!, value: match[2]! } : undefined;
}
