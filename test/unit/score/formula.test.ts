import { describe, expect, it } from 'vitest';
import {
  credit,
  percentage,
  rating,
  roundToTenth,
  timeliness,
} from '../../../src/score/formula.js';

describe('the scoring formula', () => {
  it.each([
    [100, 'P'],
    [90, 'P'],
    [89.9, 'S'],
    [70, 'S'],
    [69.9, 'M'],
    [50, 'M'],
    [49.9, 'U'],
    [0, 'U'],
  ] as const)('rates %s as %s', (score, expected) => {
    expect(rating(score)).toBe(expected);
  });

  it('rounds half up to one decimal without binary noise', () => {
    expect(roundToTenth(66.65)).toBe(66.7);
    expect(roundToTenth(200 / 3)).toBe(66.7);
    expect(roundToTenth(100 / 3)).toBe(33.3);
    expect(roundToTenth(89.95)).toBe(90);
    expect(percentage(1, 3)).toBe(33.3);
    expect(percentage(0, 0)).toBeNull();
  });

  it('gives credit for best, acceptable and other options', () => {
    const expected = { best: ['a'], acceptable: ['b'] };
    expect([credit('a', expected), credit('b', expected), credit('c', expected)]).toEqual([
      1, 0.5, 0,
    ]);
    expect(credit('c', { best: [], acceptable: [] })).toBe(1);
    expect(credit('c', { best: [], acceptable: ['b'] })).toBe(0);
  });

  it('falls linearly from the target to three times the target', () => {
    expect(timeliness(10, 10)).toBe(1);
    expect(timeliness(20, 10)).toBe(0.5);
    expect(timeliness(25, 10)).toBe(0.25);
    expect(timeliness(30, 10)).toBe(0);
    expect(timeliness(31, 10)).toBe(0);
    expect(timeliness(1e9, null)).toBe(1);
  });
});
