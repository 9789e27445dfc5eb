/** Text encoded as GBK, the legacy Chinese encoding of Windows, to make files that are not UTF-8. */

let table: Map<string, number[]> | undefined;

/** The GBK bytes of `text`; ASCII stays one byte, a character GBK lacks throws. */
export function encodeGbk(text: string): Uint8Array {
  table ??= gbkTable();
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) {
      bytes.push(char.charCodeAt(0));
      continue;
    }
    const pair = table.get(char);
    if (pair === undefined) throw new Error(`GBK has no ${char}`);
    bytes.push(...pair);
  }
  return Uint8Array.from(bytes);
}

/** Every two-byte GBK character, found by decoding each lead and trail byte pair once. */
function gbkTable(): Map<string, number[]> {
  const decoder = new TextDecoder('gbk');
  const found = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (char.length === 1 && char !== '\uFFFD' && !found.has(char))
        found.set(char, [lead, trail]);
    }
  }
  return found;
}
