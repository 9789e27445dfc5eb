/**
 * The interactive prompter of `yuan drill` on a terminal: the drill screen and inquirer prompts
 * with a live countdown, interrupted when something falls due, stopped by Ctrl-C
 * (src/cli/drill/interactive-prompter.ts).
 */
import type { Prompter, RealClock } from '../../drill/prompter.js';
import type { Plan, Scenario } from '../../model/index.js';
import type { CommandContext } from '../io.js';
import { interactivePrompter } from './interactive-prompter.js';

/** What a prompter may show and time besides the command's context. */
export interface PromptSession {
  plan: Plan;
  scenario: Scenario;
  /** The real clock the session runner times prompts with. */
  clock: RealClock;
}

/** Makes a prompter for a drill; `yuan drill` calls it only when stdin is a terminal. */
export type PrompterFactory = (context: CommandContext, session: PromptSession) => Prompter;

/** Makes the prompter that asks the players on this process's terminal (interactive-prompter.ts). */
export const terminalPrompter: PrompterFactory = ({ io, t, color }, { plan, scenario, clock }) =>
  interactivePrompter({
    plan,
    scenario,
    t,
    color,
    // Only a real terminal gets here (`yuan drill` checks stdin), so stdout is the process's.
    output: io.stdout as unknown as NodeJS.WritableStream & { isTTY?: boolean },
    ...(io.stdin ? { input: io.stdin } : {}),
    clock,
  });
