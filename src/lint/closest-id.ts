/** "Did you mean ...?": the known id closest to a misspelt one, for messages that say what to write. */
import type { Translate } from '../i18n/index.js';

/** The candidate nearest to `word` by edit distance, when it is near enough to be a likely typo. */
export function closestId(word: string, candidates: readonly string[]): string | undefined {
  // A third of the word may be wrong (at least one edit, at most three), like commander's own suggestions.
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** Levenshtein distance with adjacent transpositions (Damerau, optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The most candidates a message lists before it cuts the list short. */
const LISTED = 8;

/**
 * What to write instead of an unknown id: the likely intended id, else the known ids, else
 * `fallback` (what to add, when there is nothing to choose from).
 */
export function fixFor(
  t: Translate,
  word: string,
  candidates: readonly string[],
  fallback: string,
): string {
  const closest = closestId(word, candidates);
  if (closest !== undefined) return t('lint.fix.did-you-mean', { id: closest });
  if (candidates.length === 0) return fallback;
  const listed = candidates.slice(0, LISTED).join(t('lint.list-separator'));
  return t('lint.fix.one-of', { list: candidates.length > LISTED ? `${listed}, …` : listed });
}
