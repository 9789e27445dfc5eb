/** Message lookup: every user-visible text comes from a catalog, in English or Chinese. */
import type { Lang } from './lang.js';
import { cliMessages } from './messages/cli.js';
import { loadMessages } from './messages/load.js';
import { validateMessages } from './messages/validate.js';
import { lintMessages } from './messages/lint.js';
import { compileMessages } from './messages/compile.js';
import { drillMessages } from './messages/drill.js';
import { reportMessages } from './messages/report.js';
import { reportChartMessages } from './messages/report-charts.js';
import { reportCommandMessages } from './messages/report-command.js';
import { drillScreenMessages } from './messages/drill-screen.js';
import { findingsMessages } from './messages/findings.js';
import { readinessMessages } from './messages/readiness.js';
import { initMessages } from './messages/init.js';
import { graphMessages } from './messages/graph.js';
import { checkMessages } from './messages/check.js';

export type { Lang } from './lang.js';
export { detectLang } from './lang.js';

/** Every catalog merged; keys are unique across areas by their prefix. */
export const messages = {
  ...cliMessages,
  ...loadMessages,
  ...validateMessages,
  ...lintMessages,
  ...compileMessages,
  ...drillMessages,
  ...reportMessages,
  ...reportChartMessages,
  ...reportCommandMessages,
  ...drillScreenMessages,
  ...findingsMessages,
  ...readinessMessages,
  ...initMessages,
  ...graphMessages,
  ...checkMessages,
};

/** The name of a message. */
export type MessageKey = keyof typeof messages;

/** Parameters substituted into a message's `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** Looks up a message in one language and fills in its parameters. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A lookup bound to one language. */
export function translator(lang: Lang): Translate {
  return (key, params) => fill(messages[key][lang], params);
}

function fill(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
