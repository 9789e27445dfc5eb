/** The patient start of V8's optimizing compiler: which flags, when, and where not at all. */
import { describe, expect, it } from 'vitest';
import {
  beginPatientTiering,
  PATIENCE,
  PATIENT_MS,
  type TieringHost,
} from '../../src/cli/boot/patient-tiering.js';

function host(overrides: Partial<TieringHost> = {}) {
  const flags: string[] = [];
  const timers: { ms: number; callback: () => void }[] = [];
  const value: TieringHost = {
    v8Version: '11.3.244.8-node.33',
    execArgv: [],
    env: {},
    setFlags: (set) => void flags.push(set),
    later: (ms, callback) => void timers.push({ ms, callback }),
    ...overrides,
  };
  return { value, flags, timers };
}

describe('beginPatientTiering', () => {
  it('raises the interrupt budget tenfold, then puts the usual one back', () => {
    const { value, flags, timers } = host();
    beginPatientTiering(value);
    expect(flags).toEqual([`--interrupt-budget=${66 * 1024 * PATIENCE}`]);
    expect(timers.map((timer) => timer.ms)).toEqual([PATIENT_MS]);
    timers[0]!.callback();
    expect(flags.at(-1)).toBe(`--interrupt-budget=${66 * 1024}`);
  });

  it('sets the patient budget again before a code cache is written', () => {
    const { value, flags, timers } = host();
    const tiering = beginPatientTiering(value);
    timers[0]!.callback();
    tiering.asAtStart();
    expect(flags).toEqual([flags[0], `--interrupt-budget=${66 * 1024}`, flags[0]]);
  });

  it('does nothing on a V8 whose usual budget was not measured', () => {
    const { value, flags, timers } = host({ v8Version: '12.4.254.21-node.33' });
    beginPatientTiering(value).asAtStart();
    expect(flags).toEqual([]);
    expect(timers).toEqual([]);
  });

  it('leaves a budget the user set alone', () => {
    for (const overrides of [
      { execArgv: ['--interrupt-budget=1000'] },
      { env: { NODE_OPTIONS: '--max-old-space-size=512 --interrupt_budget=1000' } },
    ]) {
      const { value, flags } = host(overrides);
      beginPatientTiering(value).asAtStart();
      expect(flags).toEqual([]);
    }
  });
});
