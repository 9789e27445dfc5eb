/**
 * The drill's decision prompt: inquirer's select, rebuilt on @inquirer/core so that a status line
 * (the countdown to the decision's target) is drawn again every tick of an injected clock.
 * @inquirer/select only redraws on a key press, so its message cannot count down by itself.
 * Keys are select's: ↑/↓, a number to jump to an option, Enter to decide.
 * Imported lazily, only when a drill asks a player.
 */
import {
  createPrompt,
  isDownKey,
  isEnterKey,
  isNumberKey,
  isUpKey,
  useEffect,
  useKeypress,
  useState,
} from '@inquirer/core';
import type { ChalkInstance } from 'chalk';
import type { RealClock } from '../../drill/prompter.js';

/** One option of the decision. */
export interface CountdownChoice {
  value: string;
  name: string;
  description?: string;
}

/** What the prompt shows. */
export interface CountdownSelectConfig {
  message: string;
  choices: readonly CountdownChoice[];
  /** The line under the message, computed again at every tick (the countdown). */
  status: () => string;
  /** The key help line. */
  keys: string;
  /** Ticks come from this clock, so tests move time by hand. */
  clock: Pick<RealClock, 'setTimeout' | 'clearTimeout'>;
  /** Real ms between redraws (default 1000). */
  tickMs?: number;
  color: ChalkInstance;
}

const HIDE_CURSOR = '\u001B[?25l';

/** Select one option while a status line counts down; resolves with the option's value. */
export const countdownSelect = createPrompt<string, CountdownSelectConfig>((config, done) => {
  const { choices, color } = config;
  const [active, setActive] = useState(0);
  const [tick, setTick] = useState(0);
  const [status, setStatus] = useState<'idle' | 'done'>('idle');

  useEffect(() => {
    if (status === 'done') return undefined;
    const handle = config.clock.setTimeout(() => setTick(tick + 1), config.tickMs ?? 1000);
    return () => config.clock.clearTimeout(handle);
  }, [tick, status]);

  useKeypress((key, rl) => {
    if (isEnterKey(key)) {
      setStatus('done');
      done(choices[active]!.value);
    } else if (isUpKey(key) || isDownKey(key)) {
      rl.clearLine(0);
      const offset = isUpKey(key) ? -1 : 1;
      setActive((active + offset + choices.length) % choices.length);
    } else if (isNumberKey(key)) {
      const index = Number(key.name) - 1;
      rl.clearLine(0);
      if (index >= 0 && index < choices.length) setActive(index);
    } else {
      rl.clearLine(0);
    }
  });

  const chosen = choices[active]!;
  if (status === 'done')
    return `${color.green('✔')} ${color.bold(config.message)} ${color.cyan(chosen.name)}`;
  const lines = [
    `${color.blue('?')} ${color.bold(config.message)}`,
    `  ${color.yellow(config.status())}`,
    ...choices.map((choice, index) =>
      index === active
        ? color.cyan(`❯ ${index + 1}. ${choice.name}`)
        : `  ${index + 1}. ${choice.name}`,
    ),
  ];
  if (chosen.description) lines.push(` `, color.dim(`  ${chosen.description}`));
  lines.push(color.dim(config.keys));
  return `${lines.join('\n')}${HIDE_CURSOR}`;
});
