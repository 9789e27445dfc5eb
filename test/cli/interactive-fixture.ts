/** Helpers for interactive drill tests: a fake terminal screen, a scripted countdown select. */
import { render } from '@inquirer/testing';
import { EventEmitter } from 'node:events';
import type { DrillEvent } from '../../src/model/index.js';
import {
  countdownSelect,
  type CountdownSelectConfig,
} from '../../src/cli/drill/interactive-select.js';
import type { PromptStreams, SelectDecision } from '../../src/cli/drill/interactive-prompter.js';

/** What a test does with one rendered prompt; resolves when it is done driving it. */
export type PromptTurn = (
  prompt: Awaited<ReturnType<typeof render<string, CountdownSelectConfig>>>,
  config: CountdownSelectConfig,
) => Promise<void> | void;

/**
 * The real countdown select, rendered by @inquirer/testing, driven by one turn per prompt; a
 * prompt beyond the turns fails the test. `screens` keeps what each prompt showed last.
 */
export function scriptedSelect(turns: PromptTurn[]): {
  select: SelectDecision;
  screens: string[];
} {
  const screens: string[] = [];
  let asked = 0;
  const select: SelectDecision = async (config, context: PromptStreams) => {
    const turn = turns[asked++];
    if (!turn) throw new Error(`unexpected prompt ${asked}: ${config.message}`);
    const prompt = await render(
      countdownSelect,
      config,
      context.signal !== undefined ? { signal: context.signal } : {},
    );
    const answer = prompt.answer.finally(() => screens.push(prompt.getScreen()));
    await turn(prompt, config);
    return answer;
  };
  return { select, screens };
}

/** Collects what is written, like a terminal that is not a TTY. */
export function captureOutput(): NodeJS.WritableStream & { isTTY: boolean; text(): string } {
  let text = '';
  const stream = new EventEmitter() as unknown as NodeJS.WritableStream & {
    isTTY: boolean;
    text(): string;
  };
  Object.assign(stream, {
    isTTY: false,
    write: (chunk: string) => {
      text += chunk;
      return true;
    },
    text: () => text,
  });
  return stream;
}

/** The journal as the session wrote it, event by event. */
export function journal(): { record: (events: DrillEvent[]) => void; events: DrillEvent[] } {
  const events: DrillEvent[] = [];
  return { record: (fresh) => void events.push(...fresh), events };
}

/** A SIGINT source that a test fires by hand. */
export class FakeSignals extends EventEmitter {
  interrupt(): void {
    this.emit('SIGINT');
  }
}
