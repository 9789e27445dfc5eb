/** `yuan paths --format md`: the route analysis as GitHub Markdown; plan text is escaped. */
import type { Translate } from '../../i18n/index.js';
import { escapeMarkdown } from '../escape.js';
import { edgeLabel } from '../../compile/edge-label.js';
import type { Route, RouteAnalysis } from '../../compile/route-analysis.js';
import { sums } from './text.js';

/** The analysis as a Markdown document. */
export function formatPathsMarkdown(analysis: RouteAnalysis, t: Translate): string {
  const count = (value: string) =>
    analysis.exact ? String(value) : t('graph.paths.at-least', { count: value });
  const lines = [
    `# ${escapeMarkdown(
      t('graph.paths.heading', {
        title: analysis.title,
        plan: analysis.plan,
        initial: analysis.initial,
      }),
    )}`,
    '',
    `| ${t('graph.paths.column.final')} | ${t('graph.paths.column.routes')} | ${t('graph.paths.column.fastest')} |`,
    '| --- | ---: | --- |',
  ];
  for (const final of analysis.finals) {
    const fastest = final.fastest
      ? escapeMarkdown(t('graph.paths.fastest', sums(final.fastest)))
      : escapeMarkdown(t('graph.paths.unreached'));
    lines.push(
      `| ${escapeMarkdown(final.title)} (\`${final.final}\`) | ${count(final.count)} | ${fastest} |`,
    );
  }
  for (const final of analysis.finals) {
    if (!final.fastest) continue;
    lines.push(
      '',
      `## ${escapeMarkdown(t('graph.paths.final', { title: final.title, final: final.final, count: count(final.count) }))}`,
      '',
    );
    lines.push(escapeMarkdown(t('graph.paths.fastest', sums(final.fastest))), '');
    lines.push(...steps(final.fastest, t));
  }
  const listed = analysis.routes.length;
  lines.push(
    '',
    `## ${escapeMarkdown(
      analysis.leftOut !== '0' || !analysis.exact
        ? t('graph.paths.listed', { listed, total: count(analysis.total) })
        : t('graph.paths.all-listed', { total: analysis.total }),
    )}`,
    '',
    `| # | ${t('graph.paths.column.stages')} | ${t('graph.paths.column.steps')} | ${t('graph.paths.column.targets')} | ${t('graph.paths.column.delays')} |`,
    '| ---: | --- | --- | --- | --- |',
  );
  analysis.routes.forEach((route, index) => {
    const figures = sums(route);
    const stages = route.stages.map((stage) => `\`${stage}\``).join(' → ');
    const via = route.steps.map((step) => escapeMarkdown(edgeLabel(step, t))).join('<br>');
    lines.push(`| ${index + 1} | ${stages} | ${via} | ${figures.targets} | ${figures.delays} |`);
  });
  if (analysis.leftOut !== '0' || !analysis.exact) {
    lines.push('', escapeMarkdown(t('graph.paths.left-out', { count: count(analysis.leftOut) })));
  }
  if (analysis.never.length > 0) {
    lines.push('', `## ${escapeMarkdown(t('graph.paths.never'))}`, '');
    lines.push(
      `| ${t('graph.paths.column.transition')} | ${t('graph.paths.column.reason')} |`,
      '| --- | --- |',
    );
    for (const { edge, reason } of analysis.never) {
      const transition = `\`${edge.from}\` → \`${edge.to}\`: ${escapeMarkdown(edgeLabel(edge, t))}`;
      lines.push(`| ${transition} | ${escapeMarkdown(t(`graph.paths.never.${reason}`))} |`);
    }
  }
  lines.push('', escapeMarkdown(t('graph.paths.weights')));
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
