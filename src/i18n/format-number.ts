/** How every figure yuan shows is written, in every output: one rounding for all. */

/** A figure as people write it: two decimals at most for 1 and more, three significant digits below. */
export function formatNumber(value: number): string {
  if (Math.abs(value) >= 1 || value === 0) return String(Math.round(value * 100) / 100);
  return String(Number(value.toPrecision(3)));
}
