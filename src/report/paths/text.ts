/** `yuan paths --format text`: the route analysis for a terminal. Plan text is shown as written. */
import type { Translate } from '../../i18n/index.js';
import { formatDuration } from '../../model/duration.js';
import { edgeLabel } from '../../compile/edge-label.js';
import type { Route, RouteAnalysis } from '../../compile/route-analysis.js';

/** The analysis as plain text lines. */
export function formatPathsText(analysis: RouteAnalysis, t: Translate): string {
  const lines = [
    t('paths.heading', {
      title: oneLine(analysis.title),
      plan: analysis.plan,
      initial: analysis.initial,
    }),
    '',
  ];
  const count = (value: string) =>
    analysis.exact ? String(value) : t('paths.at-least', { count: value });
  for (const final of analysis.finals) {
    lines.push(
      t('paths.final', {
        title: oneLine(final.title),
        final: final.final,
        count: count(final.count),
      }),
    );
    if (!final.fastest) {
      lines.push(`  ${t('paths.unreached')}`, '');
      continue;
    }
    lines.push(`  ${t('paths.fastest', sums(final.fastest))}`);
    lines.push(...routeLines(final.fastest, '    ', t), '');
  }
  const listed = analysis.routes.length;
  lines.push(
    analysis.leftOut !== '0' || !analysis.exact
      ? t('paths.listed', { listed, total: count(analysis.total) })
      : t('paths.all-listed', { total: analysis.total }),
  );
  analysis.routes.forEach((route, index) => {
    const number = `${index + 1}. `;
    const [first, ...rest] = routeLines(route, ' '.repeat(2 + number.length), t);
    lines.push(`  ${number}${first!.trimStart()}`, ...rest);
    lines.push(`${' '.repeat(2 + number.length)}${t('paths.route-sums', sums(route))}`);
  });
  if (analysis.leftOut !== '0' || !analysis.exact) {
    lines.push(t('paths.left-out', { count: count(analysis.leftOut) }));
  }
  if (analysis.never.length > 0) {
    lines.push('', `${t('paths.never')}:`);
    for (const { edge, reason } of analysis.never) {
      lines.push(
        `  ${edge.from} → ${edge.to} [${edgeLabel(edge, t)}]: ${t(`paths.never.${reason}`)}`,
      );
    }
  }
  lines.push('', t('paths.weights'));
  return `${lines.join('\n')}\n`;
}

/** The stages of a route, then the steps that lead through them. */
function routeLines(route: Route, indent: string, t: Translate): string[] {
  const via = route.steps.map((step) => edgeLabel(step, t)).join(' · ');
  return [
    `${indent}${route.stages.join(' → ')}`,
    ...(via ? [`${indent}${t('paths.via')}: ${via}`] : []),
  ];
}

/** The figures of a route as durations. */
export function sums(route: Route): { time: string; targets: string; delays: string } {
  return {
    time: formatDuration(route.time),
    targets: formatDuration(route.targets),
    delays: formatDuration(route.delays),
  };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
