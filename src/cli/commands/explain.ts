/** `yuan explain [RULE]`: a rule's explanation with a bad and a good example, or the list of rules. */
import type { ChalkInstance } from 'chalk';
import type { Translate } from '../../i18n/index.js';
import type { Lang } from '../../i18n/lang.js';
import type { Rule } from '../../lint/rule.js';
import type { Severity } from '../../model/finding.js';
import type { CommandRegistrar } from '../command.js';
import { UsageError } from '../io.js';

export const registerExplain: CommandRegistrar = (program, context, setExitCode) => {
  const { t } = context;
  program
    .command('explain')
    .description(t('lint.explain.description'))
    .argument('[rule]', t('lint.explain.argument'))
    .addHelpText('after', `\n${t('lint.explain.example')}\n`)
    .action(async (ruleId: string | undefined) => {
      // The registry imports every rule: load it only when a rule is asked for.
      const { rules } = await import('../../lint/rules.js');
      const { closestId } = await import('../../lint/closest-id.js');
      const style = { t, lang: context.lang, color: context.color };
      if (ruleId === undefined) {
        context.io.stdout.write(listRules(rules, style));
      } else {
        const rule = rules.find((candidate) => candidate.id === ruleId);
        if (rule === undefined) {
          const ids = rules.map((candidate) => candidate.id);
          const suggestion = suggestRule(ruleId, ids, closestId);
          throw new UsageError(
            suggestion === undefined
              ? t('lint.explain.unknown-bare', { id: ruleId })
              : t('lint.explain.unknown', { id: ruleId, suggestion }),
          );
        }
        context.io.stdout.write(explainRule(rule, style));
      }
      setExitCode(0);
    });
};

/** What the texts need: the language, its messages and the output's colours. */
interface Style {
  t: Translate;
  lang: Lang;
  color: ChalkInstance;
}

/** One rule: id, default severity, summary, explanation, then the bad and the good example as written. */
export function explainRule(rule: Rule, { t, lang, color }: Style): string {
  const indent = (text: string) =>
    text
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n');
  return [
    color.bold(rule.id),
    t('lint.explain.severity', { severity: severityText(rule.severity, t, color) }),
    '',
    rule.docs.summary[lang],
    '',
    rule.docs.explanation[lang],
    '',
    color.red(t('lint.explain.bad')),
    indent(rule.docs.bad),
    '',
    color.green(t('lint.explain.good')),
    indent(rule.docs.good),
    '',
  ].join('\n');
}

/** Every rule on one line: id, default severity and summary, in the order of rules.md. */
export function listRules(rules: readonly Rule[], { t, lang, color }: Style): string {
  const idWidth = Math.max(...rules.map((rule) => rule.id.length));
  const severityWidth = Math.max(
    ...rules.map((rule) => t(`lint.severity.${rule.severity}`).length),
  );
  const lines = rules.map((rule) => {
    const id = color.bold(rule.id) + ' '.repeat(idWidth - rule.id.length);
    const plain = t(`lint.severity.${rule.severity}`);
    const severity =
      severityText(rule.severity, t, color) + ' '.repeat(severityWidth - plain.length);
    return `${id}  ${severity}  ${rule.docs.summary[lang]}`;
  });
  return [...lines, '', t('lint.explain.list-footer'), ''].join('\n');
}

function severityText(severity: Severity, t: Translate, color: ChalkInstance): string {
  const text = t(`lint.severity.${severity}`);
  return severity === 'error' ? color.red(text) : color.yellow(text);
}

/** The rule meant by a mistyped id: a unique id ending in it (`shortfall`), else the nearest id. */
export function suggestRule(
  typed: string,
  ids: readonly string[],
  closestId: (word: string, candidates: readonly string[]) => string | undefined,
): string | undefined {
  const bySuffix = ids.filter((id) => id.endsWith(`/${typed}`));
  if (bySuffix.length === 1) return bySuffix[0];
  const nearest = closestId(typed, ids);
  if (nearest !== undefined) return nearest;
  // `readiness/shortfal`-like typos of the last part, and `shortfal` without its prefix.
  const lastParts = ids.map((id) => id.slice(id.lastIndexOf('/') + 1));
  const part = closestId(typed.slice(typed.lastIndexOf('/') + 1), lastParts);
  const matches = ids.filter((id) => id === part || id.endsWith(`/${part}`));
  return matches.length === 1 ? matches[0] : undefined;
}
