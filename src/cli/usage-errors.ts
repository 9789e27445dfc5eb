/**
 * Commander's own usage errors (an unknown option or command, a missing argument or option value,
 * too many arguments) said in the user's language, naming what was wrong and where help is.
 *
 * Commander writes these in English through `outputError`, and then throws a CommanderError that
 * carries only the error's `code` and the same English text. So `outputError` only keeps the text,
 * and `report` says it again from the catalog once the code is known. The names in it (the option,
 * the argument, commander's "did you mean" guesses) are read back from commander's message, whose
 * shape is fixed per code; a message of an unknown code or shape is shown as commander wrote it.
 */
import type { Command, CommanderError } from 'commander';
import type { Translate } from '../i18n/index.js';
import type { CommandContext } from './io.js';

/**
 * Wiring for the program: where commander writes errors, the command being run, and the report.
 * The first two are handed to commander on their own, hence function properties, not methods.
 */
export interface UsageErrors {
  /** For `configureOutput`: keeps commander's message instead of writing it. */
  outputError: (text: string) => void;
  /** For the `preSubcommand` hook: remembers which command the arguments were for. */
  preSubcommand: (program: Command, command: Command) => void;
  /** Writes the message of a commander error, if commander had one, in the user's language. */
  report(error: CommanderError): void;
}

/** Usage errors of one run of the program. */
export function usageErrors({ io, t }: Pick<CommandContext, 'io' | 't'>): UsageErrors {
  let pending: string | undefined;
  let command: string | undefined;
  return {
    outputError(text) {
      pending = text;
    },
    preSubcommand(_program, subcommand) {
      command = subcommand.name();
    },
    report(error) {
      // Help and version end in a CommanderError too, with nothing for outputError.
      if (pending === undefined) return;
      const said = usageMessage(error.code, pending.trimEnd(), command, t);
      io.stderr.write(said === undefined ? pending : `yuan: ${said}\n`);
      pending = undefined;
    },
  };
}

/** Commander's `error: …` message of `code` in the catalog's words, or undefined when it is not one we know. */
export function usageMessage(
  code: string,
  message: string,
  command: string | undefined,
  t: Translate,
): string | undefined {
  const help = command === undefined ? 'yuan --help' : `yuan ${command} --help`;
  const match = PATTERNS[code]?.exec(message);
  if (!match) return undefined;
  const [, first = '', second = ''] = match;
  const candidates = second.split(', ').join(t('cli.usage.or'));
  switch (code) {
    case 'commander.unknownOption':
      return second === ''
        ? t('cli.usage.unknown-option', { option: first, help })
        : t('cli.usage.unknown-option-suggest', { option: first, candidates, help });
    case 'commander.unknownCommand':
      return second === ''
        ? t('cli.usage.unknown-command', { command: first })
        : t('cli.usage.unknown-command-suggest', { command: first, candidates });
    case 'commander.missingArgument':
      return t('cli.usage.missing-argument', { argument: first, help });
    case 'commander.optionMissingArgument':
      return t('cli.usage.option-missing-value', { option: first, help });
    case 'commander.excessArguments': {
      const params = {
        command: command === undefined ? 'yuan' : `yuan ${command}`,
        expected: Number(first),
        received: Number(second),
        help,
      };
      return params.expected === 0
        ? t('cli.usage.no-arguments', params)
        : t('cli.usage.excess-arguments', params);
    }
    default:
      return undefined;
  }
}

/** Commander 14's messages (lib/command.js), one capture per name they hold. */
const PATTERNS: Readonly<Record<string, RegExp>> = {
  'commander.unknownOption':
    /^error: unknown option '(.*)'(?:\n\(Did you mean (?:one of )?(.*)\?\))?$/s,
  'commander.unknownCommand':
    /^error: unknown command '(.*)'(?:\n\(Did you mean (?:one of )?(.*)\?\))?$/s,
  'commander.missingArgument': /^error: missing required argument '(.*)'$/s,
  'commander.optionMissingArgument': /^error: option '(.*)' argument missing$/s,
  'commander.excessArguments':
    /^error: too many arguments(?: for '.*')?\. Expected (\d+) arguments? but got (\d+)\.$/s,
};
