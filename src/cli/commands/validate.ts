/** `yuan validate [PATH...]`: schema and semantic checks of plan and scenario files (cli.md). */
import type { CommandRegistrar } from '../command.js';
import type { RawValidateOptions } from '../validate/validate-options.js';

export const registerValidate: CommandRegistrar = (program, context, setExitCode) => {
  const { t } = context;
  program
    .command('validate')
    .description(t('validate.cli.description'))
    .argument('[paths...]', t('validate.cli.paths'))
    .option('--format <format>', t('validate.cli.format'), 'stylish')
    .option('--max-warnings <n>', t('validate.cli.max-warnings'))
    .option('--today <date>', t('validate.cli.today'))
    .option('--config <file>', t('validate.cli.config'))
    .option('--max-file-size <bytes>', t('validate.cli.max-file-size'))
    .option('--shard <K/N>', t('validate.cli.shard'))
    .addHelpText('after', `\n${t('validate.cli.example')}\n`)
    .action(async (paths: string[], options: RawValidateOptions) => {
      // Loaded only when validate runs, so other commands do not pay for the schema and the rules.
      const { runValidate } = await import('../validate/run-validate.js');
      setExitCode(await runValidate(paths, options, context));
    });
};
