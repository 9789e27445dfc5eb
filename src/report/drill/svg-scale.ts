/** A linear scale of scenario time onto pixels, with readable tick steps. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const STEPS = [
  MINUTE,
  5 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
  28 * DAY,
];

/** Maps scenario ms in [0, max] onto [left, right] pixels. */
export interface TimeScale {
  max: number;
  left: number;
  right: number;
  x(ms: number): number;
  /** Tick positions (ms), at most about `maxTicks`. */
  ticks(maxTicks: number): number[];
}

/** A scale from 0 to `max` ms (at least a minute, so an empty drill still draws). */
export function timeScale(max: number, left: number, right: number): TimeScale {
  const span = Math.max(max, MINUTE);
  return {
    max: span,
    left,
    right,
    x: (ms) => round(left + ((right - left) * Math.min(Math.max(ms, 0), span)) / span),
    ticks(maxTicks) {
      const step = STEPS.find((candidate) => span / candidate <= maxTicks) ?? span / maxTicks;
      const ticks: number[] = [];
      for (let at = 0; at <= span; at += step) ticks.push(at);
      return ticks;
    },
  };
}

/** Pixels to one decimal: short SVG, no visible rounding. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
