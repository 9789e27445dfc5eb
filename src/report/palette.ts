/**
 * The colours of every chart, diagram and page yuan draws, chosen once so that a phase or a status
 * looks the same in the plan's diagram, the drill timeline and the reports.
 */
import type { Phase } from '../model/plan.js';

/** A phase's colours: a light fill for boxes, a strong border, and a solid tone for bars. */
export interface PhaseColors {
  fill: string;
  border: string;
  solid: string;
}

/** Preparation blue, warning amber, response red, recovery green. */
export const PHASE_COLORS: Record<Phase, PhaseColors> = {
  preparation: { fill: '#e3f2fd', border: '#1565c0', solid: '#7a9cc6' },
  warning: { fill: '#fff8e1', border: '#f9a825', solid: '#e8b04a' },
  response: { fill: '#ffebee', border: '#c62828', solid: '#d16a54' },
  recovery: { fill: '#e8f5e9', border: '#2e7d32', solid: '#5fae7b' },
};

/** How a scored decision went, as the charts colour it. */
export type DecisionStatus = 'on-time' | 'late' | 'missed';

/** Bar colours by status (green, amber, red; distinguishable in grey too). */
export const STATUS_COLORS: Record<DecisionStatus, string> = {
  'on-time': '#2e7d4f',
  late: '#e08a00',
  missed: '#b3261e',
};
