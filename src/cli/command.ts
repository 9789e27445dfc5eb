/** How a command module plugs into the program: it declares itself and loads its action lazily. */
import type { Command } from 'commander';
import type { CommandContext } from './io.js';

/** Adds one command to the program; its action reports an exit code through `setExitCode`. */
export type CommandRegistrar = (
  program: Command,
  context: CommandContext,
  setExitCode: (code: number) => void,
) => void;
