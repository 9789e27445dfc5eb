/** `yuan readiness PLAN`: needs against stock, people and authority, coverage, reviews and drills. */
import type { CommandRegistrar } from '../command.js';
import type { RawReadinessOptions } from '../readiness/readiness-options.js';

export const registerReadiness: CommandRegistrar = (program, context, setExitCode) => {
  const { t } = context;
  program
    .command('readiness')
    .description(t('readiness.cli.description'))
    .argument('<plan>', t('readiness.cli.plan'))
    .option('--format <format>', t('readiness.cli.format'), 'text')
    .option('--today <date>', t('readiness.cli.today'))
    .option('-o, --output <file>', t('cli.option.output'))
    .option('--config <file>', t('readiness.cli.config'))
    .addHelpText('after', `\n${t('readiness.cli.example')}\n`)
    .action(async (plan: string, options: RawReadinessOptions) => {
      // Loaded only when readiness runs: the schema, the rules and the report stay out of startup.
      const { runReadiness } = await import('../readiness/run-readiness.js');
      setExitCode(await runReadiness(plan, options, context));
    });
};
