/**
 * The progress of a long `yuan validate` on a terminal (cli.md: "Long work on a terminal shows
 * progress; piped output stays clean and machine-readable"): one line on stderr, redrawn in place
 * with `\r` and cleared at the end. Nothing at all when stderr is not a terminal, or for a run of
 * a handful of files that ends before a progress line could help.
 */
import type { Translate } from '../../i18n/index.js';
import { displayWidth } from '../../report/findings/display-width.js';
import type { Output } from '../io.js';

/** Runs of this many files or fewer show no progress. */
export const PROGRESS_MIN_FILES = 10;

/** At most this many redraws in a run, however many files: one per percent. */
export const PROGRESS_STEPS = 100;

/** A progress line: `update` after each file, `clear` before anything else is printed. */
export interface ProgressLine {
  // Function properties, not methods: they are handed on as callbacks.
  update: (done: number, total: number) => void;
  clear: () => void;
}

/** The progress line of `output`, drawn only when it is a terminal. */
export function progressLine(output: Output, t: Translate): ProgressLine {
  // Display width of what is on the line now (Chinese characters take two columns).
  let width = 0;
  let step = -1;
  return {
    update(done, total) {
      if (!output.isTTY || total <= PROGRESS_MIN_FILES) return;
      // Throttled by count, not by time: the same redraws on every machine, and testable.
      const now = Math.floor((done * PROGRESS_STEPS) / total);
      if (now === step) return;
      step = now;
      const text = t('validate.cli.progress', { done, total });
      const textWidth = displayWidth(text);
      output.write(`\r${text}${' '.repeat(Math.max(0, width - textWidth))}`);
      width = Math.max(width, textWidth);
    },
    clear() {
      if (width === 0) return;
      output.write(`\r${' '.repeat(width)}\r`);
      width = 0;
      step = -1;
    },
  };
}
