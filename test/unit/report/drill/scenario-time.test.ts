import { describe, expect, it } from 'vitest';
import { formatScenarioTime } from '../../../../src/report/drill/scenario-time.js';

describe('formatScenarioTime', () => {
  it.each([
    [0, 'd0 00:00'],
    [9 * 3_600_000, 'd0 09:00'],
    [(24 + 9) * 3_600_000, 'd1 09:00'],
    [(2 * 24 + 6) * 3_600_000 + 5 * 60_000, 'd2 06:05'],
    [44 * 86_400_000 + 9 * 3_600_000, 'd44 09:00'],
    [90_000, 'd0 00:01:30'],
    [-5, 'd0 00:00'],
  ])('%d ms is %s', (ms, text) => {
    expect(formatScenarioTime(ms)).toBe(text);
  });
});
