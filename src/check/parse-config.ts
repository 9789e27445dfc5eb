/**
 * The config file, `yuan.config.yaml`:
 *
 *   rules:                       # rule id -> off | warn | error
 *     lifecycle/drill-overdue: off
 *   maxFileSize: 10485760        # bytes (default 5 MiB)
 *   today: 2024-03-10            # fixes "today" for the overdue checks, like --today
 *
 * Parsing never throws: it returns the value and the located problems (changesets' pattern).
 */
import type { Translate } from '../i18n/index.js';
import { findingAt, parseText } from '../load/index.js';
import { pointerOf } from '../model/pointer.js';
import type { Finding } from '../model/finding.js';
import { isCalendarDate } from './calendar-date.js';
import { closestWord } from './closest-word.js';
import { joinOr } from './describe-schema-problem.js';
import { RULE_SETTINGS, type RuleSetting } from './rule-settings.js';

/** What the config file sets. */
export interface YuanConfig {
  rules: Record<string, RuleSetting>;
  maxFileSize?: number;
  today?: string;
}

/** The parsed config, and every problem with it (the config is usable only without errors). */
export interface ConfigResult {
  value: YuanConfig;
  errors: Finding[];
}

/** What parsing needs: the file name for messages, the language, and the rule ids that exist. */
export interface ConfigParseOptions {
  file: string;
  t: Translate;
  ruleIds: readonly string[];
}

const CONFIG_KEYS = ['rules', 'maxFileSize', 'today'];

/** Parses the text of a config file; an empty file is an empty config. */
export function parseConfig(text: string, options: ConfigParseOptions): ConfigResult {
  const value: YuanConfig = { rules: {} };
  const parsed = parseText(text, { file: options.file, t: options.t });
  const document = parsed.document;
  if (!document) {
    // The loader calls an empty document a schema problem of a plan; for a config it means "no settings".
    const empty = parsed.findings.every((finding) => finding.ruleId === 'schema');
    return { value, errors: empty ? [] : parsed.findings };
  }
  const errors = parsed.findings.filter((finding) => finding.severity === 'error');
  const { t } = options;
  const fail = (pointer: string, message: string, part: 'key' | 'value' = 'value') =>
    errors.push(findingAt(document, pointer, 'config', 'error', message, part));
  if (!isMapping(document.data)) {
    fail('', t('check.config.not-mapping'));
    return { value, errors };
  }
  for (const [key, setting] of Object.entries(document.data)) {
    const pointer = pointerOf('', key);
    if (key === 'rules') readRules(setting, options, value, fail);
    else if (key === 'maxFileSize') {
      if (Number.isSafeInteger(setting) && (setting as number) > 0)
        value.maxFileSize = setting as number;
      else fail(pointer, t('check.config.bad-max-file-size', { value: String(setting) }));
    } else if (key === 'today') {
      if (typeof setting === 'string' && isCalendarDate(setting)) value.today = setting;
      else fail(pointer, t('check.config.bad-today', { value: String(setting) }));
    } else {
      fail(pointer, unknown('check.config.unknown-key', key, CONFIG_KEYS, t), 'key');
    }
  }
  return { value, errors };
}

function readRules(
  rules: unknown,
  { t, ruleIds }: ConfigParseOptions,
  value: YuanConfig,
  fail: (pointer: string, message: string, part?: 'key' | 'value') => void,
): void {
  if (!isMapping(rules)) {
    fail('/rules', t('check.config.rules-not-mapping'));
    return;
  }
  for (const [ruleId, setting] of Object.entries(rules)) {
    const pointer = pointerOf('/rules', ruleId);
    if (!ruleIds.includes(ruleId)) {
      fail(pointer, unknown('check.config.unknown-rule', ruleId, ruleIds, t), 'key');
    } else if (!(RULE_SETTINGS as readonly unknown[]).includes(setting)) {
      const allowed = joinOr(
        RULE_SETTINGS.map((name) => `\`${name}\``),
        t,
      );
      fail(
        pointer,
        t('check.config.bad-setting', { rule: ruleId, value: String(setting), allowed }),
      );
    } else {
      value.rules[ruleId] = setting as RuleSetting;
    }
  }
}

function unknown(
  key: 'check.config.unknown-key' | 'check.config.unknown-rule',
  name: string,
  known: readonly string[],
  t: Translate,
): string {
  const suggestion = closestWord(name, known);
  const message = t(key, {
    name,
    known: joinOr(
      known.map((id) => `\`${id}\``),
      t,
    ),
  });
  return suggestion === undefined ? message : message + t('check.did-you-mean', { suggestion });
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
