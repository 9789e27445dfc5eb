/**
 * The text after-action report, which ends every drill in the terminal: score and rating with its
 * sum, the timeline, every scored decision's arithmetic, subtotals, what went wrong with a
 * suggestion for each, and void scripted answers. Plain text; plan text as written.
 */
import stringWidth from 'string-width';
import type { Translate } from '../../i18n/index.js';
import { formatDuration } from '../../model/index.js';
import { openingTargets } from '../../score/match-expectations.js';
import { decisionTable, subtotalTables, type CellTable } from './decision-table.js';
import type { DrillReportInput, DrillReportOptions } from './types.js';
import { pendingLines } from './pending.js';
import { formatScenarioTime } from './scenario-time.js';
import { drillSummary } from './summary.js';
import { alignColumns } from './text-table.js';
import { drillTimeline } from './timeline.js';
import { whatWentWrong } from './what-went-wrong.js';

/** The after-action report as plain text, ending with a newline. */
export function formatDrillText(input: DrillReportInput, { t }: DrillReportOptions): string {
  const { score, plan } = input;
  const summary = drillSummary(input, t);
  const lines = [summary.heading, '', ...summary.facts, '', summary.score];
  if (summary.arithmetic) lines.push(`  ${summary.arithmetic}`);
  lines.push(
    `  ${t('report.drill.rating-scale', { scale: summary.scale.join(t('report.drill.list-separator')) })}`,
  );

  lines.push(
    '',
    title(t('report.drill.section.timeline')),
    t('report.drill.section.timeline-note'),
  );
  lines.push(...timelineLines(input, t));

  lines.push('', title(t('report.drill.section.decisions')));
  if (score.decisions.length === 0) lines.push(t('report.drill.no-decisions'));
  else {
    lines.push(...table(decisionTable(score, t)), t('report.drill.section.formula'));
    const subtotals = subtotalTables(score, t);
    lines.push('', title(t('report.drill.section.by-phase')), ...table(subtotals.phase));
    lines.push('', title(t('report.drill.section.by-role')), ...table(subtotals.role));
  }

  const pending = pendingLines(score, plan, t);
  if (pending.length > 0) {
    lines.push('', title(t('report.drill.section.pending')), t('report.drill.pending.note'));
    lines.push(...pending.map((line) => `  - ${line}`));
  }

  lines.push('', title(t('report.drill.section.wrong')));
  const wrong = whatWentWrong(score, plan, t);
  if (wrong.length === 0) lines.push(t('report.drill.nothing-wrong'));
  wrong.forEach(({ heading, problems }, index) => {
    lines.push(`${index + 1}. ${heading}`);
    for (const problem of problems) {
      lines.push(
        `   - ${problem.text}`,
        `     ${t('report.drill.suggestion', { advice: problem.advice })}`,
      );
    }
  });

  if (score.voidAnswers.length > 0) {
    lines.push('', title(t('report.drill.section.void')));
    for (const answer of score.voidAnswers) {
      lines.push(
        `  - ${t('report.drill.void.item', {
          decision: answer.decision,
          option: answer.option,
          after: formatDuration(answer.after),
          index: answer.index + 1,
          reason: t(`report.drill.void.${answer.reason}`),
        })}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function title(text: string): string {
  return `${text}\n${'='.repeat(stringWidth(text))}`;
}

/** One line per event; a message's further lines stay under its first. */
function timelineLines({ events, plan, scenario }: DrillReportInput, t: Translate): string[] {
  const targets = openingTargets(events, scenario);
  const entries = drillTimeline(events, plan, t, targets).map((entry) => {
    const [first = '', ...rest] = entry.text.split('\n');
    return {
      cells: [formatScenarioTime(entry.at), t(`report.drill.kind.${entry.kind}`), first],
      rest,
    };
  });
  const aligned = alignColumns(
    entries.map((entry) => entry.cells),
    '  ',
  );
  return entries.flatMap((entry, index) => {
    const line = aligned[index]!;
    const hang = ' '.repeat(stringWidth(line) - stringWidth(entry.cells[2]!));
    return [line, ...entry.rest.map((more) => `${hang}${more}`)];
  });
}

function table({ header, rows }: CellTable): string[] {
  return alignColumns([header, ...rows], '  ');
}
