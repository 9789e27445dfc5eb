/** `yuan compile PLAN [--format xstate|mermaid|dot|svg] [-o FILE]` (cli.md). */
import type { CommandRegistrar } from '../command.js';
import type { RawCompileOptions } from '../compile/run-compile.js';

export const registerCompile: CommandRegistrar = (program, context, setExitCode) => {
  const { t } = context;
  program
    .command('compile')
    .description(t('compile.cli.description'))
    .argument('<plan>', t('compile.cli.plan'))
    .option('--format <format>', t('compile.cli.format'), 'xstate')
    .option('-o, --output <file>', t('cli.option.output'))
    .addHelpText('after', `\n${t('compile.cli.example')}\n`)
    .action(async (plan: string, options: RawCompileOptions) => {
      // Loaded only when compile runs: the checks, XState and Graphviz are heavy.
      const { runCompile } = await import('../compile/run-compile.js');
      setExitCode(await runCompile(plan, options, context));
    });
};
