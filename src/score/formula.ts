/** The arithmetic of drill-and-scoring.md, "Scoring": credit, timeliness, rounding, rating. */
import type { Rating } from '../model/index.js';

/** The options an expectation names; both empty (or no expectation) means any option earns 1. */
export interface ExpectedOptions {
  best: readonly string[];
  acceptable: readonly string[];
}

/**
 * Credit c: 1 for a `best` option, 0.5 for an `acceptable` one, 0 otherwise. With no expectation,
 * or one that names no option at all (it only sets a target or a weight), any option earns 1.
 */
export function credit(option: string, expected: ExpectedOptions): number {
  if (expected.best.length === 0 && expected.acceptable.length === 0) return 1;
  if (expected.best.includes(option)) return 1;
  if (expected.acceptable.includes(option)) return 0.5;
  return 0;
}

/**
 * Timeliness τ: 1 when latency L ≤ target T, else max(0, 1 − (L − T) / (2T)), zero at three times
 * the target. A decision with no target at all is always on time.
 */
export function timeliness(latency: number, target: number | null): number {
  if (target === null || latency <= target) return 1;
  return Math.max(0, 1 - (latency - target) / (2 * target));
}

/** 100 × points / weight, rounded half up to one decimal (null when nothing weighs). */
export function percentage(points: number, weight: number): number | null {
  if (weight <= 0) return null;
  return roundToTenth((100 * points) / weight);
}

/** Rounds half up to one decimal, first cutting binary noise (66.65 is not 66.6499999…). */
export function roundToTenth(value: number): number {
  return Math.round(Number((value * 10).toFixed(6))) / 10;
}

/** The HSEEP rating of a (rounded) score: ≥ 90 P, ≥ 70 S, ≥ 50 M, below U. */
export function rating(score: number): Rating {
  if (score >= 90) return 'P';
  if (score >= 70) return 'S';
  if (score >= 50) return 'M';
  return 'U';
}
