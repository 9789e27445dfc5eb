/**
 * `yuan compile --format mermaid`: a `stateDiagram-v2` that GitHub renders, one composite state
 * per phase. Plan text is written with Mermaid's entity codes (`#quot;`, `#60;`): every
 * character that Mermaid's grammar or HTML could read as syntax becomes `#<code point>;`, so a
 * title can hold quotes, `<script>`, braces or `%%` and still show as written.
 * https://mermaid.js.org/syntax/stateDiagram.html
 */
import type { Translate } from '../../i18n/index.js';
import type { Plan } from '../../model/plan.js';
import { PHASE_COLORS } from '../palette.js';
import { diagramOf } from './diagram-model.js';

/** The Mermaid state diagram of a plan. */
export function formatMermaid(plan: Plan, t: Translate): string {
  const diagram = diagramOf(plan, t);
  const lines = [
    'stateDiagram-v2',
    `  %% ${mermaidText(diagram.title)} (${diagram.id})`,
    '  direction LR',
  ];
  for (const group of diagram.phases) {
    lines.push(
      `  classDef ${group.phase} fill:${PHASE_COLORS[group.phase].fill},stroke:${PHASE_COLORS[group.phase].border}`,
    );
  }
  for (const group of diagram.phases) {
    lines.push(`  state "${mermaidText(group.name)}" as phase_${group.phase} {`);
    for (const node of group.nodes) {
      lines.push(`    state "${mermaidText(node.title)}" as ${stateId(node.id)}`);
    }
    lines.push('  }');
  }
  for (const group of diagram.phases) {
    for (const node of group.nodes) {
      if (node.initial) lines.push(`  [*] --> ${stateId(node.id)}`);
    }
  }
  for (const arrow of diagram.arrows) {
    const label = arrow.labels.map(mermaidText).join('<br/>');
    lines.push(`  ${stateId(arrow.from)} --> ${stateId(arrow.to)} : ${label}`);
  }
  for (const group of diagram.phases) {
    for (const node of group.nodes) {
      if (node.final) lines.push(`  ${stateId(node.id)} --> [*]`);
    }
  }
  for (const group of diagram.phases) {
    lines.push(`  class ${group.nodes.map((node) => stateId(node.id)).join(',')} ${group.phase}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A stage id as a Mermaid state id: ids are kebab-case, so `-` -> `_` is one-to-one. */
export function stateId(id: string): string {
  return `s_${id.replace(/-/g, '_')}`;
}

/** Text inside a label: whitespace folded, syntax characters as entity codes. */
export function mermaidText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/["'`#;:<>{}[\]%|&\\=]/g, (char) => `#${char.codePointAt(0)};`);
}
