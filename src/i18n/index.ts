/** Message lookup: every user-visible text comes from a catalog, in English or Chinese. */
import type { Lang } from './lang.js';
import type { ParamsOf } from './placeholders.js';
import { translatorOf, type Translator } from './translator.js';
import { cliMessages } from './messages/cli.js';
import { loadMessages } from './messages/load.js';
import { validateMessages } from './messages/validate.js';
import { lintMessages } from './messages/lint.js';
import { compileMessages } from './messages/compile.js';
import { drillMessages } from './messages/drill.js';
import { reportMessages } from './messages/report.js';
import { chartMessages } from './messages/chart.js';
import { reportCommandMessages } from './messages/report-command.js';
import { drillScreenMessages } from './messages/drill-screen.js';
import { findingsMessages } from './messages/findings.js';
import { readinessMessages } from './messages/readiness.js';
import { initMessages } from './messages/init.js';
import { pathsMessages } from './messages/paths.js';
import { checkMessages } from './messages/check.js';

export type { Lang } from './lang.js';
export { detectLang } from './lang.js';
export { withMessages, type Translator } from './translator.js';
export type { ParamsOf, ParamValue, Placeholders } from './placeholders.js';

/** Every catalog merged; keys are unique across areas by their prefix. */
export const messages = {
  ...cliMessages,
  ...loadMessages,
  ...validateMessages,
  ...lintMessages,
  ...compileMessages,
  ...drillMessages,
  ...reportMessages,
  ...chartMessages,
  ...reportCommandMessages,
  ...drillScreenMessages,
  ...findingsMessages,
  ...readinessMessages,
  ...initMessages,
  ...pathsMessages,
  ...checkMessages,
};

/** Every message yuan has, by key. */
export type Messages = typeof messages;

/** The name of a message. */
export type MessageKey = keyof Messages;

/** The name of a message without placeholders, which `t(key)` shows as it is. */
export type PlainMessageKey = {
  [Key in MessageKey]: ParamsOf<Messages[Key]['en']> extends [] ? Key : never;
}[MessageKey];

/** Looks up a message in one language and fills in its parameters, checked against the message. */
export type Translate = Translator<Messages>;

/** A lookup bound to one language. */
export function translator(lang: Lang): Translate {
  return translatorOf(messages, lang);
}
