/** The command line: `run(argv, io)` parses, dispatches and returns the exit code (cli.md). */
import { Command, CommanderError } from 'commander';
import { detectLang, translator } from '../i18n/index.js';
import { colorFor } from './color.js';
import { FatalError, UsageError, type CommandContext, type Io } from './io.js';
import type { CommandRegistrar } from './command.js';
import { usageErrors } from './usage-errors.js';
import { toolVersion } from './version.js';
import { registerSchema } from './commands/schema.js';
import { registerInit } from './commands/init.js';
import { registerReadiness } from './commands/readiness.js';
import { registerValidate } from './commands/validate.js';
import { registerExplain } from './commands/explain.js';
import { registerCompile } from './commands/compile.js';
import { registerDrill } from './commands/drill.js';
import { registerPaths } from './commands/paths.js';
import { registerReport } from './commands/report.js';

/** Every command, in the order `yuan --help` lists them. */
const registrars: CommandRegistrar[] = [
  registerValidate,
  registerSchema,
  registerExplain,
  registerCompile,
  registerDrill,
  registerReport,
  registerPaths,
  registerInit,
  registerReadiness,
];

/** Runs yuan with the given arguments (without `node` and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const lang = detectLang(langFlag(argv), io.env);
  const t = translator(lang);
  const debug = argv.includes('--debug');
  const context: CommandContext = { io, lang, t, color: colorFor(io.stdout, io.env), debug };
  const state = { exitCode: 0 };
  const usage = usageErrors(context);

  const program = new Command('yuan')
    .description(t('cli.description'))
    .version(toolVersion(), '-V, --version', t('cli.option.version'))
    .helpOption('-h, --help', t('cli.option.help'))
    .helpCommand(false)
    .option('--lang <lang>', t('cli.option.lang'))
    .option('--debug', t('cli.option.debug'))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: usage.outputError,
    })
    .hook('preSubcommand', usage.preSubcommand)
    .showSuggestionAfterError();
  for (const register of registrars) {
    register(program, context, (code) => (state.exitCode = code));
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) usage.report(error);
    return failure(error, context);
  }
}

/** Turns an exception into the exit code of cli.md: a message for the user, a stack only with --debug. */
function failure(error: unknown, { io, t, debug }: CommandContext): number {
  if (error instanceof CommanderError) {
    // Its message is out (usage.report); help and version are not failures.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof UsageError || error instanceof FatalError) {
    io.stderr.write(`yuan: ${error.message}\n`);
    return 2;
  }
  const detail = error instanceof Error ? error.message : String(error);
  io.stderr.write(`yuan: ${t('cli.internal-error', { detail })}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return 2;
}

/** The value of `--lang` before commander runs, so help texts speak the user's language too. */
function langFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}
