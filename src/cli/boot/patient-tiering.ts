/**
 * For its first moments, a run of yuan asks V8 to let each function run ten times longer before
 * considering it for optimization. A run on one plan is over in about 150 ms, before the code
 * TurboFan compiles would pay for itself: on the 32 KB X community plan it compiled 16 of yaml's
 * parser functions (about 240 ms of compiling, on a second core that a busy 2-core CI machine
 * does not have to spare) and the run took 30 ms longer for it. After `PATIENT_MS`, V8's usual
 * budget is back, so a run over thousands of files is optimized as usual (it is no slower).
 *
 * The budget is a V8 flag, set with `v8.setFlagsFromString`, and V8's code cache records the
 * flags it was made with: `asAtStart()` sets the patient budget again before a cache is written.
 * Only on a V8 whose usual budget was measured (Node 20's V8 11), and never when the user set
 * the budget: elsewhere this does nothing.
 */

/** V8's own interrupt budget (bytes of bytecode run), by V8 major version. */
const USUAL_BUDGET: Readonly<Record<string, number>> = { '11': 66 * 1024 };

/** How many times the usual budget a function runs before V8 considers optimizing it. */
export const PATIENCE = 10;

/** How long the patient budget holds, in milliseconds from the start. */
export const PATIENT_MS = 200;

/** What a run touches: V8's version and flags, the options it was started with, a timer. */
export interface TieringHost {
  v8Version: string;
  execArgv: readonly string[];
  env: NodeJS.ProcessEnv;
  setFlags(flags: string): void;
  /** Calls back once after `ms`, without keeping the process alive for it. */
  later(ms: number, callback: () => void): void;
}

/** The patient start, begun; `asAtStart` sets its budget again (before writing a code cache). */
export interface PatientTiering {
  asAtStart(): void;
}

/** Sets the patient budget now and the usual one after `PATIENT_MS` (where this applies). */
export function beginPatientTiering(host: TieringHost): PatientTiering {
  const usual = USUAL_BUDGET[host.v8Version.split('.')[0]!];
  const userSetsBudget = [...host.execArgv, host.env.NODE_OPTIONS ?? ''].some((option) =>
    /interrupt[-_]budget/.test(option),
  );
  if (usual === undefined || userSetsBudget) return { asAtStart() {} };
  const patient = `--interrupt-budget=${usual * PATIENCE}`;
  host.setFlags(patient);
  host.later(PATIENT_MS, () => host.setFlags(`--interrupt-budget=${usual}`));
  return { asAtStart: () => host.setFlags(patient) };
}
