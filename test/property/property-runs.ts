/**
 * How many cases each property tries. `npm test` runs a modest number (the whole property suite
 * stays within about 20 s on a small machine); `npm run test:property` sets YUAN_PROPERTY_RUNS to
 * run many more. YUAN_PROPERTY_SEED replays a failure that fast-check reported.
 */
import type fc from 'fast-check';

/** fast-check parameters: `runs` cases by default, scaled by YUAN_PROPERTY_RUNS when it is set. */
export function propertyParameters<T>(runs: number): fc.Parameters<T> {
  const env = process.env;
  const wanted = Number(env.YUAN_PROPERTY_RUNS);
  const seed = Number(env.YUAN_PROPERTY_SEED);
  return {
    numRuns: Number.isInteger(wanted) && wanted > 0 ? wanted : runs,
    ...(Number.isInteger(seed) ? { seed } : {}),
    ...(env.YUAN_PROPERTY_PATH ? { path: env.YUAN_PROPERTY_PATH } : {}),
  };
}
