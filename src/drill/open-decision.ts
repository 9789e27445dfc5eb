/** A decision waiting for its owner, as the engine tracks it and as prompts show it. */
import type { Decision } from '../model/index.js';
import type { QueuedAnswer } from './answer-queues.js';

/** One open decision: which opening, since when, and its targets. Times are scenario ms. */
export interface OpenDecision {
  decision: string;
  /** 1-based count of this decision's openings in the drill. */
  opening: number;
  openedAt: number;
  stage: string;
  owner: string;
  /** Whether a player holds the owner role (false: the engine answers it at once). */
  player: boolean;
  /**
   * The target this opening is scored against: the `within` of the scenario expectation that
   * applies to it (the scorer's matching), else the plan's `within`; null when neither is set.
   */
  target: number | null;
  /** When its timeout falls due, or null. */
  timeoutAt: number | null;
  /** The decision as the plan writes it (title, options). */
  definition: Decision;
  /** The scripted answer bound to this opening, if any. */
  scripted?: QueuedAnswer;
}

/** A scripted answer ready to be applied: when, to which opening, with which option. */
export interface ScriptedStep {
  decision: string;
  opening: number;
  option: string;
  at: number;
}
