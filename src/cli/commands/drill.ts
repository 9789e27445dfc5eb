/** `yuan drill [PLAN|SCENARIO]`: a scored tabletop drill, interactive or scripted (drill-and-scoring.md). */
import type { CommandRegistrar } from '../command.js';
import type { RawDrillOptions } from '../drill/drill-options.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export const registerDrill: CommandRegistrar = (program, context, setExitCode) => {
  const { t } = context;
  program
    .command('drill')
    .argument('[plan-or-scenario]', t('drill.argument'))
    .description(t('drill.description'))
    .option('--scenario <id>', t('drill.option.scenario'))
    .option('--role <role>', t('drill.option.role'), collect)
    .option('--answers <file>', t('drill.option.answers'))
    .option('--pace <n>', t('drill.option.pace'))
    .option('--journal <file>', t('drill.option.journal'))
    .option('--resume <journal>', t('drill.option.resume'))
    .option('--report <format>', t('drill.option.report'), 'text')
    .option('--min-score <n>', t('drill.option.min-score'))
    .addHelpText('after', `\n${t('drill.example')}\n`)
    .action(async (target: string | undefined, options: RawDrillOptions) => {
      // The engine (xstate) and the prompts load only when a drill runs.
      const { runDrillCommand } = await import('../drill/run-drill-command.js');
      setExitCode(await runDrillCommand(target, options, context));
    });
};
