/** `yuan paths PLAN [--format text|md|json] [--limit N]` (cli.md). */
import type { CommandRegistrar } from '../command.js';
import type { RawPathsOptions } from '../compile/run-paths.js';

export const registerPaths: CommandRegistrar = (program, context, setExitCode) => {
  const { t } = context;
  program
    .command('paths')
    .description(t('paths.description'))
    .argument('<plan>', t('paths.plan'))
    .option('--format <format>', t('paths.format'), 'text')
    .option('--limit <n>', t('paths.limit'), '50')
    .addHelpText('after', `\n${t('paths.example')}\n`)
    .action(async (plan: string, options: RawPathsOptions) => {
      // Loaded only when paths runs: the checks and the analysis are not needed elsewhere.
      const { runPaths } = await import('../compile/run-paths.js');
      setExitCode(await runPaths(plan, options, context));
    });
};
