/** The real process as an `Io`. Only the bin calls this. */
import type { Io } from './io.js';

/** Wires stdout, stderr, stdin, the environment and the working folder of this process. */
export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  };
}
