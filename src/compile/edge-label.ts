/** The label of a stage-graph edge in diagrams and route listings, as plain text (escape it per target). */
import type { Translate } from '../i18n/index.js';
import { formatDuration } from '../model/duration.js';
import { formatCondition } from './format-condition.js';
import type { StageEdge } from '../model/stage-graph.js';

/** `event [condition]`, `decision → option`, `after 14d` or `decision → option (timeout 6h)`. */
export function edgeLabel(edge: StageEdge, t: Translate): string {
  const label = baseLabel(edge, t);
  return edge.shadowed ? `${label} ${t('compile.label.never')}` : label;
}

function baseLabel(edge: StageEdge, t: Translate): string {
  switch (edge.kind) {
    case 'event':
      if (edge.when) return `${edge.event} [${formatCondition(edge.when)}]`;
      return edge.unless ? `${edge.event} [${t('compile.label.otherwise')}]` : (edge.event ?? '');
    case 'option':
      return `${edge.decision} → ${edge.option}`;
    case 'after':
      return t('compile.label.after', { delay: formatDuration(edge.delay ?? 0) });
    case 'timeout':
      return t('compile.label.timeout', {
        decision: edge.decision ?? '',
        option: edge.option ?? '',
        delay: formatDuration(edge.delay ?? 0),
      });
  }
}
