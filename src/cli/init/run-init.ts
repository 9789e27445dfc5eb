/** `yuan init`: choose a template, fill it from the flags or the answers, write, say what is next. */
import { Writable } from 'node:stream';
import { resolve } from 'node:path';
import {
  readTemplateSources,
  renderTemplate,
  templateFileNames,
  templateResourceIds,
  templateSpec,
  type RenderedTemplate,
} from '../../init/index.js';
import { FatalError, UsageError, type CommandContext, type Io } from '../io.js';
import { askCounts, askTemplate, flagParams } from './ask-params.js';
import { checkIds, parseInitFlags, type InitFlags, type RawInitOptions } from './init-flags.js';
import { inquirerPrompter } from './inquirer-prompter.js';
import { localDate } from '../../model/local-date.js';
import type { InitPrompter } from './prompter.js';
import { refuseExisting, writePlanFiles, type WrittenFile } from './write-plan-files.js';

/** What the command depends on besides its context; tests replace them. */
export interface InitDeps {
  /** Asks the questions (default: inquirer on the terminal). */
  prompter?: InitPrompter;
  /** The clock, read once for the default `--today`. */
  now?: () => Date;
}

/** Runs `yuan init [DIR]` and returns the exit code; usage mistakes throw UsageError (exit 2). */
export async function runInit(
  dir: string | undefined,
  raw: RawInitOptions,
  context: CommandContext,
  deps: InitDeps = {},
): Promise<number> {
  const { io, t } = context;
  const flags = parseInitFlags(raw, t);
  const today = flags.today ?? localDate((deps.now ?? (() => new Date()))());
  const prompter = flags.yes ? undefined : (deps.prompter ?? terminalPrompter(io, context));
  try {
    return await initWith(dir, flags, prompter, today, context);
  } catch (error) {
    // Ctrl+C or a closed terminal while a question is open: nothing has been written yet.
    if (error instanceof Error && error.name === 'ExitPromptError')
      throw new FatalError(t('init.interrupted'));
    throw error;
  }
}

async function initWith(
  dir: string | undefined,
  flags: InitFlags,
  prompter: InitPrompter | undefined,
  today: string,
  context: CommandContext,
): Promise<number> {
  const { io, t } = context;
  const template = flags.template ?? (prompter ? await askTemplate(prompter, t) : 'epidemic');
  const sources = await readTemplateSources(template);
  checkIds(
    '--site',
    flags.sites,
    templateSpec(template).sites.map((s) => s.id),
    template,
    t,
  );
  checkIds('--stock', flags.stocks, templateResourceIds(sources), template, t);
  const folder = resolve(io.cwd, dir ?? '.');
  // Refuse before asking anything more: nobody wants to answer questions for nothing.
  if (!flags.force)
    await refuseExisting(folder, Object.values(templateFileNames(template)), context);
  const params = prompter
    ? await askCounts(prompter, flags, template, sources, today, t)
    : flagParams(flags, template, today);
  const rendered = renderTemplate(sources, params);
  const written = await writePlanFiles(folder, rendered.files, flags.force, context);
  io.stdout.write(summary(rendered, written, context));
  return 0;
}

/** Inquirer on the process's terminal; without one, the user is told to pass --yes. */
function terminalPrompter(io: Io, { t }: CommandContext): InitPrompter {
  if (!io.stdin?.isTTY || !io.stdout.isTTY) throw new UsageError(t('init.needs-terminal'));
  const output = io.stdout instanceof Writable ? io.stdout : undefined;
  return inquirerPrompter({ input: io.stdin, ...(output ? { output } : {}) });
}

function summary(
  rendered: RenderedTemplate,
  written: readonly WrittenFile[],
  { t }: CommandContext,
): string {
  const plan = written.find((file) => file.kind === 'plan')!;
  const scenario = written.find((file) => file.kind === 'scenario')!;
  const width = Math.max(plan.shown.length, scenario.shown.length);
  const lines = [
    t('init.wrote', { title: rendered.plan.title }),
    `  ${plan.shown.padEnd(width)}  ${t('init.wrote.plan')}`,
    `  ${scenario.shown.padEnd(width)}  ${t('init.wrote.scenario')}`,
  ];
  const short = rendered.demands.filter((d) => d.gap > 0).map((d) => d.resource.title);
  if (short.length > 0) lines.push('', t('init.short', { resources: short.join(', ') }));
  lines.push(
    '',
    t('init.next'),
    `  yuan validate ${shellWord(plan.shown)} ${shellWord(scenario.shown)}   # ${t('init.next.validate')}`,
    `  yuan readiness ${shellWord(plan.shown)}   # ${t('init.next.readiness')}`,
    `  yuan drill ${shellWord(scenario.shown)}   # ${t('init.next.drill')}`,
    '',
  );
  return lines.join('\n');
}

/** A path as one shell word: quoted when it holds anything but safe characters. */
function shellWord(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
