/** Colour by chalk's rules, decided per output instead of per process (chalk ignores NO_COLOR). */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Output } from './io.js';

/** NO_COLOR (any value) turns colour off, FORCE_COLOR sets a level, else colour only on a terminal. */
export function colorFor(output: Output, env: Record<string, string | undefined>): ChalkInstance {
  return new Chalk({ level: colorLevel(output, env) });
}

function colorLevel(output: Output, env: Record<string, string | undefined>): 0 | 1 | 2 | 3 {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined) {
    if (forced === '' || forced === 'true') return 1;
    const level = Number(forced);
    return level >= 0 && level <= 3 ? (level as 0 | 1 | 2 | 3) : 1;
  }
  if (!output.isTTY || env.TERM === 'dumb') return 0;
  return env.COLORTERM === 'truecolor' ? 3 : 2;
}
