/**
 * What every diagram draws, independent of its language: stages grouped by phase, the start and
 * the ends, and one arrow per pair of stages with the labels of every way between them.
 */
import type { Translate } from '../../i18n/index.js';
import { PHASES, type Phase, type Plan } from '../../model/plan.js';
import { edgeLabel } from '../../compile/edge-label.js';
import { buildStageGraph, type StageEdge } from '../../model/stage-graph.js';

/** A stage as a diagram node. */
export interface DiagramNode {
  id: string;
  title: string;
  phase: Phase;
  initial: boolean;
  final: boolean;
}

/** An arrow between two stages, with one label per way (event, option, delay). */
export interface DiagramArrow {
  from: string;
  to: string;
  labels: string[];
  /** True when every way is a timer that never fires (drawn dashed where the language can). */
  never: boolean;
}

/** A plan as a diagram. */
export interface Diagram {
  id: string;
  title: string;
  /** Phases that have stages, in process order, with their localized names. */
  phases: { phase: Phase; name: string; nodes: DiagramNode[] }[];
  arrows: DiagramArrow[];
}

/** The diagram of a plan; `t` names the phases and the delays. */
export function diagramOf(plan: Plan, t: Translate): Diagram {
  const graph = buildStageGraph(plan);
  const nodes: DiagramNode[] = graph.stages.map((id) => {
    const stage = plan.stages[id]!;
    return {
      id,
      title: stage.title,
      phase: stage.phase,
      initial: stage.initial === true,
      final: stage.final === true,
    };
  });
  const phases = PHASES.map((phase) => ({
    phase,
    name: t(`compile.phase.${phase}`),
    nodes: nodes.filter((node) => node.phase === phase),
  })).filter((group) => group.nodes.length > 0);
  return { id: plan.id, title: plan.title, phases, arrows: arrowsOf(graph.edges, t) };
}

function arrowsOf(edges: readonly StageEdge[], t: Translate): DiagramArrow[] {
  const arrows = new Map<string, DiagramArrow & { ways: StageEdge[] }>();
  for (const edge of edges) {
    const key = `${edge.from}\u0000${edge.to}`;
    let arrow = arrows.get(key);
    if (!arrow) {
      arrow = { from: edge.from, to: edge.to, labels: [], never: true, ways: [] };
      arrows.set(key, arrow);
    }
    arrow.labels.push(edgeLabel(edge, t));
    arrow.never &&= edge.shadowed === true;
  }
  return [...arrows.values()].map(({ from, to, labels, never }) => ({ from, to, labels, never }));
}
