/** Where each JSON pointer of a document stands in its file, computed once while loading. */
import { isAlias, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { Range } from '../model/finding.js';
import { parentPointer, pointerOf } from './pointer.js';

/** The ranges of a key (for map entries) and of its value. */
interface Place {
  key?: Range;
  value: Range;
}

/** Looks up 1-based positions by JSON pointer. */
export interface SourceMap {
  /** The range of the value (or of the key, for map entries) at the pointer; the nearest existing ancestor when the pointer is absent. */
  locate(pointer: string, part?: 'key' | 'value'): Range;
  /** Whether the document has a value at this pointer. */
  has(pointer: string): boolean;
}

/** The deepest nesting of a document, for refusing deep documents before anything recurses. */
export interface MappedDocument {
  sourceMap: SourceMap;
  depth: number;
  firstAlias?: Range;
  /** Keys repeated in their mapping, in the order found (yaml's own check is quadratic in the keys). */
  duplicateKeys: { key: string; range: Range }[];
}

const START: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** Walks the YAML tree without recursion (a hostile file may nest 100,000 levels). */
export function mapSource(root: Node | null, lines: LineCounter): MappedDocument {
  const places = new Map<string, Place>();
  const rangeOf = (node: Node, fallbackOffset = 0): Range => {
    const [start, end] = node.range ?? [fallbackOffset, fallbackOffset];
    return { start: positionOf(lines, start), end: positionOf(lines, end) };
  };
  let depth = 0;
  let firstAlias: Range | undefined;
  const duplicateKeys: MappedDocument['duplicateKeys'] = [];
  const stack: { node: Node; pointer: string; level: number }[] = [];
  if (root) {
    places.set('', { value: rangeOf(root) });
    stack.push({ node: root, pointer: '', level: 1 });
  }
  while (stack.length > 0) {
    const { node, pointer, level } = stack.pop()!;
    depth = Math.max(depth, level);
    if (isAlias(node)) {
      // The stack pops in reverse order: keep the alias that comes first in the file.
      const range = rangeOf(node);
      if (!firstAlias || before(range, firstAlias)) firstAlias = range;
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const token = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        const child = pointerOf(pointer, token);
        const key = keyNode ? rangeOf(keyNode) : undefined;
        if (places.has(child)) duplicateKeys.push({ key: token, range: key ?? START });
        const valueNode = pair.value as Node | null;
        const value = valueNode ? rangeOf(valueNode) : (key ?? START);
        places.set(child, key ? { key, value } : { value });
        if (valueNode) stack.push({ node: valueNode, pointer: child, level: level + 1 });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const child = pointerOf(pointer, index);
        const itemNode = item as Node;
        places.set(child, { value: rangeOf(itemNode) });
        stack.push({ node: itemNode, pointer: child, level: level + 1 });
      });
    }
  }
  const locate = (pointer: string, part: 'key' | 'value' = 'value'): Range => {
    let at = pointer;
    for (;;) {
      const place = places.get(at);
      if (place) return part === 'key' ? (place.key ?? place.value) : place.value;
      if (at === '') return START;
      at = parentPointer(at);
    }
  };
  return {
    sourceMap: { locate, has: (pointer) => places.has(pointer) },
    depth,
    duplicateKeys,
    ...(firstAlias ? { firstAlias } : {}),
  };
}

function before(a: Range, b: Range): boolean {
  return (
    a.start.line < b.start.line ||
    (a.start.line === b.start.line && a.start.column < b.start.column)
  );
}

function positionOf(lines: LineCounter, offset: number) {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
