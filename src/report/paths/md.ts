/** `yuan paths --format md`: the route analysis as GitHub Markdown; plan text is escaped. */
import type { Translate } from '../../i18n/index.js';
import { escapeMarkdown } from '../escape.js';
import { edgeLabel } from '../../compile/edge-label.js';
import type { Route, RouteAnalysis } from '../../compile/route-analysis.js';
import { sums } from './text.js';

/** The analysis as a Markdown document. */
export function formatPathsMarkdown(analysis: RouteAnalysis, t: Translate): string {
  const count = (value: string) =>
    analysis.exact ? String(value) : t('paths.at-least', { count: value });
  const lines = [
    `# ${escapeMarkdown(
      t('paths.heading', {
        title: analysis.title,
        plan: analysis.plan,
        initial: analysis.initial,
      }),
    )}`,
    '',
    `| ${t('paths.column.final')} | ${t('paths.column.routes')} | ${t('paths.column.fastest')} |`,
    '| --- | ---: | --- |',
  ];
  for (const final of analysis.finals) {
    const fastest = final.fastest
      ? escapeMarkdown(t('paths.fastest', sums(final.fastest)))
      : escapeMarkdown(t('paths.unreached'));
    lines.push(
      `| ${escapeMarkdown(final.title)} (\`${final.final}\`) | ${count(final.count)} | ${fastest} |`,
    );
  }
  for (const final of analysis.finals) {
    if (!final.fastest) continue;
    lines.push(
      '',
      `## ${escapeMarkdown(t('paths.final', { title: final.title, final: final.final, count: count(final.count) }))}`,
      '',
    );
    lines.push(escapeMarkdown(t('paths.fastest', sums(final.fastest))), '');
    lines.push(...steps(final.fastest, t));
  }
  const listed = analysis.routes.length;
  lines.push(
    '',
    `## ${escapeMarkdown(
      analysis.leftOut !== '0' || !analysis.exact
        ? t('paths.listed', { listed, total: count(analysis.total) })
        : t('paths.all-listed', { total: analysis.total }),
    )}`,
    '',
    `| # | ${t('paths.column.stages')} | ${t('paths.column.steps')} | ${t('paths.column.targets')} | ${t('paths.column.delays')} |`,
    '| ---: | --- | --- | --- | --- |',
  );
  analysis.routes.forEach((route, index) => {
    const figures = sums(route);
    const stages = route.stages.map((stage) => `\`${stage}\``).join(' → ');
    const via = route.steps.map((step) => escapeMarkdown(edgeLabel(step, t))).join('<br>');
    lines.push(`| ${index + 1} | ${stages} | ${via} | ${figures.targets} | ${figures.delays} |`);
  });
  if (analysis.leftOut !== '0' || !analysis.exact) {
    lines.push('', escapeMarkdown(t('paths.left-out', { count: count(analysis.leftOut) })));
  }
  if (analysis.never.length > 0) {
    lines.push('', `## ${escapeMarkdown(t('paths.never'))}`, '');
    lines.push(
      `| ${t('paths.column.transition')} | ${t('paths.column.reason')} |`,
      '| --- | --- |',
    );
    for (const { edge, reason } of analysis.never) {
      const transition = `\`${edge.from}\` → \`${edge.to}\`: ${escapeMarkdown(edgeLabel(edge, t))}`;
      lines.push(`| ${transition} | ${escapeMarkdown(t(`paths.never.${reason}`))} |`);
    }
  }
  lines.push('', escapeMarkdown(t('paths.weights')));
  return `${lines.join('\n')}\n`;
}

/** A route as a numbered list of steps. */
function steps(route: Route, t: Translate): string[] {
  if (route.steps.length === 0) return [`1. \`${route.stages[0]}\``];
  return route.steps.map(
    (step, index) =>
      `${index + 1}. \`${step.from}\` → \`${step.to}\`: ${escapeMarkdown(edgeLabel(step, t))}`,
  );
}
