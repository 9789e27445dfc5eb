/** An in-memory `Io` for end-to-end tests through `run(argv, io)`. */
import type { Io } from '../../src/cli/io.js';

/** A fake process: collects what is written, with a chosen environment and working folder. */
export interface FakeIo extends Io {
  out(): string;
  err(): string;
}

/** Makes a fake process; English and no colour unless the test says otherwise. */
export function fakeIo(
  options: { cwd?: string; env?: Record<string, string>; tty?: boolean } = {},
): FakeIo {
  let out = '';
  let err = '';
  return {
    stdout: {
      write: (text: string) => void (out += text),
      isTTY: options.tty ?? false,
      columns: 100,
    },
    stderr: { write: (text: string) => void (err += text), isTTY: options.tty ?? false },
    env: { LANG: 'en_US.UTF-8', NO_COLOR: '1', ...options.env },
    cwd: options.cwd ?? process.cwd(),
    out: () => out,
    err: () => err,
  };
}
