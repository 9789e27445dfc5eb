/**
 * The Markdown after-action report (for wikis, issues and pull requests): the same content as
 * the text report, with tables. Every line of plan, scenario or journal text is escaped.
 */
import { formatDuration } from '../../model/index.js';
import { decisionTable, subtotalTables, type CellTable } from './decision-table.js';
import { openingTargets } from '../../score/match-expectations.js';
import type { DrillReportInput, DrillReportOptions } from './types.js';
import { escapeMarkdown as md } from '../escape.js';
import { pendingLines } from './pending.js';
import { formatScenarioTime } from './scenario-time.js';
import { drillSummary } from './summary.js';
import { drillTimeline } from './timeline.js';
import { whatWentWrong } from './what-went-wrong.js';

/** The after-action report as Markdown, ending with a newline. */
export function formatDrillMarkdown(input: DrillReportInput, { t }: DrillReportOptions): string {
  const { score, plan } = input;
  const summary = drillSummary(input, t);
  const lines = [`# ${md(summary.heading)}`, '', ...summary.facts.map((fact) => `- ${md(fact)}`)];
  lines.push('', `**${md(summary.score)}**`);
  if (summary.arithmetic) lines.push('', md(summary.arithmetic));
  const scale = summary.scale.join(t('report.drill.list-separator'));
  lines.push('', md(t('report.drill.rating-scale', { scale })));

  lines.push('', `## ${md(t('report.drill.section.timeline'))}`, '');
  lines.push(md(t('report.drill.section.timeline-note')), '');
  const targets = openingTargets(input.events, input.scenario);
  const timeline = drillTimeline(input.events, plan, t, targets).map((entry) => [
    formatScenarioTime(entry.at),
    t(`report.drill.kind.${entry.kind}`),
    entry.text,
  ]);
  lines.push(
    ...table({
      header: [
        t('report.drill.column.time'),
        t('report.drill.column.event'),
        t('report.drill.column.what'),
      ],
      rows: timeline,
    }),
  );

  lines.push('', `## ${md(t('report.drill.section.decisions'))}`, '');
  if (score.decisions.length === 0) lines.push(md(t('report.drill.no-decisions')));
  else {
    lines.push(...table(decisionTable(score, t), 7), '', md(t('report.drill.section.formula')));
    const subtotals = subtotalTables(score, t);
    lines.push(
      '',
      `### ${md(t('report.drill.section.by-phase'))}`,
      '',
      ...table(subtotals.phase, 1),
    );
    lines.push('', `### ${md(t('report.drill.section.by-role'))}`, '', ...table(subtotals.role, 1));
  }

  const pending = pendingLines(score, plan, t);
  if (pending.length > 0) {
    lines.push('', `## ${md(t('report.drill.section.pending'))}`, '');
    lines.push(md(t('report.drill.pending.note')), '', ...pending.map((line) => `- ${md(line)}`));
  }

  lines.push('', `## ${md(t('report.drill.section.wrong'))}`, '');
  const wrong = whatWentWrong(score, plan, t);
  if (wrong.length === 0) lines.push(md(t('report.drill.nothing-wrong')));
  wrong.forEach(({ heading, problems }, index) => {
    lines.push(`${index + 1}. ${md(heading)}`);
    for (const problem of problems) {
      lines.push(`   - ${md(problem.text)}`);
      lines.push(`     - ${md(t('report.drill.suggestion', { advice: problem.advice }))}`);
    }
  });

  if (score.voidAnswers.length > 0) {
    lines.push('', `## ${md(t('report.drill.section.void'))}`, '');
    for (const answer of score.voidAnswers) {
      const text = t('report.drill.void.item', {
        decision: answer.decision,
        option: answer.option,
        after: formatDuration(answer.after),
        index: answer.index + 1,
        reason: t(`report.drill.void.${answer.reason}`),
      });
      lines.push(`- ${md(text)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A GitHub table; columns from `numbersFrom` on are right-aligned. */
function table({ header, rows }: CellTable, numbersFrom = Infinity): string[] {
  const row = (cells: readonly string[]) => `| ${cells.map((cell) => md(cell)).join(' | ')} |`;
  const rule = header.map((_, column) => (column >= numbersFrom ? '---:' : '---'));
  return [row(header), `| ${rule.join(' | ')} |`, ...rows.map(row)];
}
