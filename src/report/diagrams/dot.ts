/**
 * `yuan compile --format dot`: Graphviz DOT, one cluster per phase. Plan text goes into
 * double-quoted strings, where only `"` and `\` need escaping; a backslash is doubled so that
 * Graphviz's label escapes (`\N`, `\G`, `\l`, ...) never apply to plan text, and a newline
 * becomes `\n`. https://graphviz.org/doc/info/lang.html
 */
import type { Translate } from '../../i18n/index.js';
import type { Plan } from '../../model/plan.js';
import { diagramOf } from './diagram-model.js';
import { PHASE_COLORS } from '../palette.js';

const FONT = 'Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif';

/** The Graphviz digraph of a plan. */
export function formatDot(plan: Plan, t: Translate): string {
  const diagram = diagramOf(plan, t);
  const lines = [
    `digraph ${dotString(diagram.id)} {`,
    `  graph [rankdir=LR, label=${dotString(diagram.title)}, labelloc=t, fontname=${dotString(FONT)}];`,
    `  node [shape=box, style="rounded,filled", fontname=${dotString(FONT)}];`,
    `  edge [fontname=${dotString(FONT)}, fontsize=10];`,
    '  "__start" [shape=point, width=0.15, label=""];',
  ];
  for (const group of diagram.phases) {
    const color = PHASE_COLORS[group.phase];
    lines.push(`  subgraph ${dotString(`cluster_${group.phase}`)} {`);
    lines.push(`    label=${dotString(group.name)};`);
    lines.push(`    style="rounded,filled"; fillcolor="${color.fill}80"; color="${color.border}";`);
    for (const node of group.nodes) {
      const ends = node.final ? ', peripheries=2' : '';
      lines.push(
        `    ${dotString(node.id)} [label=${dotString(node.title)}, fillcolor="${color.fill}", color="${color.border}"${ends}];`,
      );
    }
    lines.push('  }');
  }
  for (const group of diagram.phases) {
    for (const node of group.nodes) {
      if (node.initial) lines.push(`  "__start" -> ${dotString(node.id)};`);
    }
  }
  for (const arrow of diagram.arrows) {
    const style = arrow.never ? ', style=dashed' : '';
    lines.push(
      `  ${dotString(arrow.from)} -> ${dotString(arrow.to)} [label=${dotString(arrow.labels.join('\n'))}${style}];`,
    );
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** A DOT double-quoted string. */
export function dotString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n?|\n/g, '\\n');
  return `"${escaped}"`;
}
