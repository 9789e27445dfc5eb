/**
 * The interactive prompter of a drill (the `Prompter` of src/drill/prompter.ts): it clears the
 * terminal, draws the drill screen, then asks the most urgent open decision with a countdown to
 * its target. The engine's signal interrupts the prompt when an inject or a delayed transition falls
 * due; the session runner then advances and asks again, and the decision keeps its opening time.
 * Ctrl-C in the prompt (inquirer's ExitPromptError) or a SIGINT stops the drill: the session
 * runner returns 'quit', and `yuan drill` prints the command that resumes the journal.
 */
import type { ChalkInstance } from 'chalk';
import type { OpenDecision } from '../../drill/open-decision.js';
import type { PromptContext, PromptResult, Prompter, RealClock } from '../../drill/prompter.js';
import type { Translate } from '../../i18n/index.js';
import { formatDuration, type Plan, type Scenario } from '../../model/index.js';
import { formatScenarioTime } from '../../report/drill/scenario-time.js';
import type { CountdownSelectConfig } from './interactive-select.js';
import { countdown, renderDrillScreen } from './screen.js';

/** The streams and signal a prompt runs with (inquirer's prompt context). */
export interface PromptStreams {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  signal?: AbortSignal;
  clearPromptOnDone?: boolean;
}

/** Asks one decision: the countdown select, or a test's stand-in. Resolves with an option id. */
export type SelectDecision = (
  config: CountdownSelectConfig,
  context: PromptStreams,
) => Promise<string>;

/** A source of SIGINT: the process, or a test's emitter. */
export interface SignalSource {
  on(signal: 'SIGINT', listener: () => void): unknown;
  off(signal: 'SIGINT', listener: () => void): unknown;
}

/** What the interactive prompter needs. */
export interface InteractivePrompterOptions {
  plan: Plan;
  scenario: Scenario;
  t: Translate;
  color: ChalkInstance;
  /** Where the screen and the prompt are drawn; the screen is cleared first on a terminal. */
  output: NodeJS.WritableStream & { isTTY?: boolean };
  input?: NodeJS.ReadableStream;
  /** Ticks of the countdown (the session runner's real clock). */
  clock: Pick<RealClock, 'setTimeout' | 'clearTimeout'>;
  /** Default: the countdown select, imported on the first question. */
  select?: SelectDecision;
  /** Where SIGINT comes from while a prompt is open (default: the process). */
  signals?: SignalSource;
}

/** Home, then erase the screen (not the scrollback, so earlier screens can be scrolled back to). */
const CLEAR_SCREEN = '\u001B[H\u001B[2J';

/** A prompter that draws the drill screen and asks with a live countdown. */
export function interactivePrompter(options: InteractivePrompterOptions): Prompter {
  const { t, color, output } = options;
  let shownUpTo = 0;
  return {
    async ask(open: readonly OpenDecision[], context: PromptContext): Promise<PromptResult> {
      const ordered = byUrgency(open);
      const decision = ordered[0]!;
      const events = context.engine.events;
      const start = events[0]?.type === 'start' ? events[0] : undefined;
      const screen = renderDrillScreen(
        {
          plan: options.plan,
          scenario: options.scenario,
          events,
          shownUpTo,
          stage: context.engine.stage,
          now: context.scenarioNow(),
          open: ordered,
          realMsToTarget: (item) => context.realMsToTarget(item),
          players: start?.players ?? [],
          pace: context.pace,
        },
        { t, color },
      );
      shownUpTo = events.length;
      output.write(`${output.isTTY ? CLEAR_SCREEN : '\n'}${screen}\n`);

      const select = options.select ?? (await import('./interactive-select.js')).countdownSelect;
      // SIGINT (a `kill -INT`, or Ctrl-C while the terminal is not in raw mode) pauses the drill.
      const quit = new AbortController();
      const pause = () => quit.abort();
      const signals = options.signals ?? process;
      signals.on('SIGINT', pause);
      try {
        const option = await select(
          {
            message: t('drill-screen.prompt', {
              owner: decision.owner,
              decision: decision.decision,
              title: decision.definition.title,
            }),
            choices: decision.definition.options.map((item) => ({
              value: item.id,
              name: `${item.id}  ${item.title}`,
              ...(item.description ? { description: item.description } : {}),
            })),
            status: () => statusLine(decision, context, t),
            keys: t('drill-screen.keys'),
            clock: options.clock,
            color,
          },
          {
            ...(options.input !== undefined ? { input: options.input } : {}),
            output,
            signal: AbortSignal.any([context.signal, quit.signal]),
          },
        );
        return { kind: 'answer', decision: decision.decision, opening: decision.opening, option };
      } catch (error) {
        if (isNamed(error, 'ExitPromptError')) return { kind: 'quit' };
        if (isNamed(error, 'AbortPromptError'))
          return quit.signal.aborted ? { kind: 'quit' } : { kind: 'interrupted' };
        throw error;
      } finally {
        signals.off('SIGINT', pause);
      }
    },
  };
}

/**
 * The open decisions, most urgent first: the earliest of target and timeout, then the oldest.
 * One terminal asks one decision at a time, so a 1-hour decision must not wait behind a 2-hour one.
 */
export function byUrgency(open: readonly OpenDecision[]): OpenDecision[] {
  const deadline = (item: OpenDecision) =>
    Math.min(
      item.target === null ? Infinity : item.openedAt + item.target,
      item.timeoutAt ?? Infinity,
    );
  return [...open].sort((a, b) => deadline(a) - deadline(b) || a.openedAt - b.openedAt);
}

/** The live line under the prompt: real time left to the target, and the scenario clock. */
export function statusLine(open: OpenDecision, context: PromptContext, t: Translate): string {
  const time = formatScenarioTime(context.scenarioNow());
  const left = context.realMsToTarget(open);
  if (open.target === null || left === undefined)
    return t('drill-screen.status-no-target', { time });
  return t('drill-screen.status', {
    countdown: countdown(left, t),
    within: formatDuration(open.target),
    time,
  });
}

/** Inquirer's errors are recognised by name, so this module need not import inquirer. */
function isNamed(error: unknown, name: string): boolean {
  return error instanceof Error && error.name === name;
}
