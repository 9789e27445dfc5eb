/** `yuan init [DIR] [--template NAME]`: a starting plan and drill scenario from a hazard template. */
import type { CommandRegistrar } from '../command.js';
import { TEMPLATE_NAMES } from '../../init/template-catalog.js';
import type { RawInitOptions } from '../init/init-flags.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export const registerInit: CommandRegistrar = (program, context, setExitCode) => {
  const { t } = context;
  program
    .command('init')
    .argument('[dir]')
    .description(t('init.description'))
    .option('--template <name>', t('init.option.template', { choices: TEMPLATE_NAMES.join(', ') }))
    .option('--name <text>', t('init.option.name'))
    .option('--population <n>', t('init.option.population'))
    .option('--households <n>', t('init.option.households'))
    .option('--team-size <n>', t('init.option.team-size'))
    .option('--site <id=n>', t('init.option.site'), collect)
    .option('--stock <id=n>', t('init.option.stock'), collect)
    .option('--today <date>', t('init.option.today'))
    .option('-y, --yes', t('init.option.yes'))
    .option('--force', t('init.option.force'))
    .addHelpText('after', `\n${t('init.example')}\n`)
    .action(async (dir: string | undefined, options: RawInitOptions) => {
      const { runInit } = await import('../init/run-init.js');
      setExitCode(await runInit(dir, options, context));
    });
};
