/**
 * How property tests (fast-check) run. Every run uses the same seed, so it tries the same cases:
 * YUAN_PROPERTY_SEED (default DEFAULT_SEED). A failure says how to repeat it (its seed and path).
 * `npm test` runs a modest number of cases (the whole property suite stays within about 20 s on a
 * small machine); `npm run test:property` sets YUAN_PROPERTY_RUNS to run many more, with a seed of
 * its own.
 */
import fc from 'fast-check';

/** The seed when YUAN_PROPERTY_SEED is not set. */
export const DEFAULT_SEED = 20260115;

/** fast-check parameters: `runs` cases by default, YUAN_PROPERTY_RUNS when it is set. */
export function propertyParameters<T>(runs: number, env = process.env): fc.Parameters<T> {
  const wanted = Number(env.YUAN_PROPERTY_RUNS);
  const seed = Number(env.YUAN_PROPERTY_SEED || DEFAULT_SEED);
  if (!Number.isInteger(seed)) throw new Error(`YUAN_PROPERTY_SEED is not an integer: ${seed}`);
  return {
    numRuns: Number.isInteger(wanted) && wanted > 0 ? wanted : runs,
    seed,
    ...(env.YUAN_PROPERTY_PATH ? { path: env.YUAN_PROPERTY_PATH } : {}),
  };
}

/** Like fc.assert with propertyParameters(runs); a failure ends with the command that repeats it. */
export async function assertProperty<Ts>(
  property: fc.IAsyncProperty<Ts> | fc.IProperty<Ts>,
  runs: number,
): Promise<void> {
  const details = await fc.check(property as fc.IRawProperty<Ts>, propertyParameters<Ts>(runs));
  if (!details.failed) return;
  const replay = `YUAN_PROPERTY_SEED=${details.seed} YUAN_PROPERTY_PATH=${details.counterexamplePath ?? ''}`;
  throw new Error(
    `${fc.defaultReportMessage(details)}\nRepeat this failure: ${replay} npx vitest run FILE`,
    { cause: details.errorInstance },
  );
}
