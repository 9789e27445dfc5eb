/** What every readiness formatter takes besides the report. */
import type { Lang, Translate } from '../../i18n/index.js';

/** Emphasis for the terminal; plain text when absent (files, pipes, NO_COLOR). */
export interface TextStyle {
  // Function properties, not methods: a style is picked and called on its own.
  heading: (text: string) => string;
  bad: (text: string) => string;
  good: (text: string) => string;
  muted: (text: string) => string;
}

/** How to write a report: the language of its labels, and terminal emphasis for the text form. */
export interface ReadinessFormatOptions {
  t: Translate;
  lang: Lang;
  style?: TextStyle;
}

const same = (text: string) => text;

/** No emphasis at all. */
export const PLAIN_STYLE: TextStyle = { heading: same, bad: same, good: same, muted: same };
