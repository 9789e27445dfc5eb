/**
 * Where each JSON pointer of a document stands in its file. Loading walks yaml's tree once for
 * what must be known before the data is trusted (depth, aliases, duplicate keys); positions are
 * found only when a finding asks for one, by following the pointer down the same tree.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { Range } from '../model/finding.js';
import { tokensOf } from '../model/pointer.js';

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

/** One place a pointer can name: a value, with its key when it is a map entry. */
interface Place {
  key?: Node | null;
  value: Node | null;
}

const START: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** Mappings with more entries than this get an index the first time a pointer goes through them. */
const SCAN_LIMIT = 8;

/** Walks the YAML tree once, without recursion (a hostile file may nest 100,000 levels). */
export function mapSource(root: Node | null, lines: LineCounter): MappedDocument {
  const rangeOf = (node: Node): Range => {
    const [start, end] = node.range ?? [0, 0];
    return { start: positionOf(lines, start), end: positionOf(lines, end) };
  };
  let depth = 0;
  let firstAlias: Node | undefined;
  const duplicateKeys: MappedDocument['duplicateKeys'] = [];
  // One set, emptied for each mapping: its entries are all looked at before the next mapping.
  const keysSeen = new Set<string>();
  // Two parallel stacks: no object allocated per node of the document.
  const nodes: Node[] = root ? [root] : [];
  const levels: number[] = root ? [1] : [];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const level = levels.pop()!;
    if (level > depth) depth = level;
    if (isAlias(node)) {
      // The stack pops in reverse order: keep the alias that comes first in the file.
      if (!firstAlias || offsetOf(node) < offsetOf(firstAlias)) firstAlias = node;
    } else if (isMap(node)) {
      keysSeen.clear();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const token = keyToken(pair);
        if (keysSeen.has(token)) {
          const keyNode = pair.key as Node | null;
          duplicateKeys.push({ key: token, range: keyNode ? rangeOf(keyNode) : START });
        }
        keysSeen.add(token);
        if (pair.value) {
          nodes.push(pair.value as Node);
          levels.push(level + 1);
        }
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        nodes.push(item as Node);
        levels.push(level + 1);
      }
    }
  }
  const find = placeFinder(root);
  const locate = (pointer: string, part: 'key' | 'value' = 'value'): Range => {
    const { place } = find(pointer);
    if (!place) return START;
    const key = place.key ? rangeOf(place.key) : undefined;
    if (part === 'key' && key) return key;
    return place.value ? rangeOf(place.value) : (key ?? START);
  };
  return {
    sourceMap: { locate, has: (pointer) => find(pointer).found },
    depth,
    duplicateKeys,
    ...(firstAlias ? { firstAlias: rangeOf(firstAlias) } : {}),
  };
}

/** Follows pointers down the tree: the deepest place that exists, and whether it is the one named. */
function placeFinder(root: Node | null) {
  // Large mappings are indexed on first use, so many findings in one mapping stay linear.
  const indexes = new Map<YAMLMap, Map<string, Pair>>();
  const entryOf = (map: YAMLMap, token: string): Pair | undefined => {
    if (map.items.length <= SCAN_LIMIT) {
      // The last entry wins, as in the data.
      for (let i = map.items.length - 1; i >= 0; i--) {
        const pair = map.items[i];
        if (isPair(pair) && keyToken(pair) === token) return pair;
      }
      return undefined;
    }
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) if (isPair(pair)) index.set(keyToken(pair), pair);
      indexes.set(map, index);
    }
    return index.get(token);
  };
  return (pointer: string): { place?: Place; found: boolean } => {
    if (!root) return { found: false };
    let place: Place = { value: root };
    for (const token of tokensOf(pointer)) {
      const node = place.value;
      let next: Place | undefined;
      if (isMap(node)) {
        const pair = entryOf(node, token);
        if (pair) next = { key: pair.key as Node | null, value: pair.value as Node | null };
      } else if (isSeq(node) && /^(0|[1-9][0-9]*)$/.test(token)) {
        const item = node.items[Number(token)] as Node | undefined;
        if (item) next = { value: item };
      }
      if (!next) return { place, found: false };
      place = next;
    }
    return { place, found: true };
  };
}

/** The reference token of a map entry's key, as pointers name it. */
function keyToken(pair: Pair): string {
  const key = pair.key as Node | null;
  return isScalar(key) ? String(key.value) : String(key);
}

function offsetOf(node: Node): number {
  return node.range?.[0] ?? 0;
}

function positionOf(lines: LineCounter, offset: number) {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
