/** `yuan report JOURNAL [--format text|md|html|json] [-o FILE]`: the after-action report (cli.md). */
import type { CommandRegistrar } from '../command.js';
import { UsageError } from '../io.js';

/** The report formats (the same as drill-and-scoring.md's; kept here so help needs no formatter). */
const FORMATS = ['text', 'md', 'html', 'json'] as const;

export const registerReport: CommandRegistrar = (program, context, setExitCode) => {
  const { t } = context;
  program
    .command('report')
    .description(t('report-command.description'))
    .argument('<journal>', t('report-command.journal'))
    .option('--format <format>', t('report-command.format'), 'text')
    .option('-o, --output <file>', t('cli.option.output'))
    .addHelpText('after', `\n${t('report-command.example')}\n`)
    .action(async (journal: string, options: { format: string; output?: string }) => {
      const format = FORMATS.find((candidate) => candidate === options.format);
      if (!format) {
        throw new UsageError(
          t('cli.bad-choice', {
            option: '--format',
            choices: FORMATS.join(', '),
            value: options.format,
          }),
        );
      }
      // Loaded only when a report is made: the engine (to check the journal) and the formatters.
      const { reportFromJournal } = await import('./report-journal.js');
      const { writeOutput } = await import('../write-output.js');
      await writeOutput(await reportFromJournal(journal, format, context), options.output, context);
      setExitCode(0);
    });
};
