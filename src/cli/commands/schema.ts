/** `yuan schema [-o FILE]`: the JSON Schema, for editors and other tools. */
import { readFile } from 'node:fs/promises';
import type { CommandRegistrar } from '../command.js';
import { writeOutput } from '../write-output.js';

/** Where the schema ships: `schemas/` at the package root, beside `src/` and `dist/`. */
export const SCHEMA_URL = new URL('../../../schemas/yuan.schema.json', import.meta.url);

export const registerSchema: CommandRegistrar = (program, context, setExitCode) => {
  const { t } = context;
  program
    .command('schema')
    .description(t('cli.schema.description'))
    .option('-o, --output <file>', t('cli.option.output'))
    .addHelpText('after', `\n${t('cli.schema.example')}\n`)
    .action(async (options: { output?: string }) => {
      await writeOutput(await readFile(SCHEMA_URL, 'utf8'), options.output, context);
      setExitCode(0);
    });
};
