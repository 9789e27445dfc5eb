/** How a graph finding names one way out of a stage, in the user's language. */
import type { Translate } from '../../i18n/index.js';
import { formatDuration } from '../../model/duration.js';
import type { StageEdge } from '../../model/stage-graph.js';

/** "event "x"", "option "o" of decision "d"", "`after: 14d`" or "the timeout of decision "d"". */
export function describeExit(edge: StageEdge, t: Translate): string {
  switch (edge.kind) {
    case 'event':
      return t('graph.exit.event', { event: edge.event ?? '' });
    case 'option':
      return t('graph.exit.option', { decision: edge.decision ?? '', option: edge.option ?? '' });
    case 'after':
      return t('graph.exit.after', { delay: formatDuration(edge.delay ?? 0) });
    case 'timeout':
      return t('graph.exit.timeout', { decision: edge.decision ?? '' });
  }
}
