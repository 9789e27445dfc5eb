/** Types of a scenario document and of a scripted answers file (plan-format.md, "Scenario"). */
import type { Scalar } from './scalar.js';

/** What the exercise expects of the players for one decision. */
export interface Expectation {
  decision: string;
  best?: string[];
  acceptable?: string[];
  within?: string;
  weight?: number;
}

/** One timed event of a scenario. */
export interface Inject {
  id: string;
  at: string;
  message: string;
  event?: string;
  set?: Record<string, Scalar>;
  expect?: Expectation[];
  description?: string;
}

/** A scenario (演练脚本): its own file (`kind: scenario`) or an item of a plan's `scenarios`. */
export interface Scenario {
  yuan?: 1;
  kind?: 'scenario';
  id: string;
  title: string;
  plan?: string;
  start?: string;
  pace?: number;
  players?: string[];
  injects: Inject[];
  description?: string;
}

/** One scripted answer: `option` chosen `after` the decision opened. */
export interface ScriptedAnswer {
  decision: string;
  option: string;
  after: string;
}

/** A scripted answers file (`kind: answers`, docs/format.md). */
export interface AnswersFile {
  yuan?: 1;
  /** Absent when the file is given to `--answers` without it. */
  kind?: 'answers';
  /** The plan the answers are for, relative to the file. */
  plan?: string;
  answers: ScriptedAnswer[];
}
