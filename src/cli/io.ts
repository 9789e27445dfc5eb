/** What a command may touch of the outside world; tests pass fakes, the bin passes the process. */
import type { Lang, Translate } from '../i18n/index.js';
import type { ChalkInstance } from 'chalk';

/** A place to write text: stdout or stderr. */
export interface Output {
  /** False when the text was queued because the reader is behind (a stream's backpressure). */
  write(text: string): boolean | void;
  /** A stream's `once`: `drain` tells that a reader that was behind has caught up. */
  once?(event: 'drain', listener: () => void): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** The process as a command sees it. */
export interface Io {
  stdout: Output;
  stderr: Output;
  /** Standard input, when there is one; interactive commands need `isTTY`. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** The clock, for "today" when neither `--today` nor the config fixes it (default: the real one). */
  now?: () => Date;
}

/** Everything a command's action receives besides its own arguments. */
export interface CommandContext {
  io: Io;
  lang: Lang;
  t: Translate;
  color: ChalkInstance;
  debug: boolean;
}

/** A usage mistake: its message is shown as it is, and the exit code is 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The tool cannot go on (unreadable input, interrupted): message shown, exit code 2. */
export class FatalError extends Error {
  override name = 'FatalError';
}
