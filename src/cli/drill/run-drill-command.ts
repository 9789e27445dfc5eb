/**
 * The action of `yuan drill`: check the inputs, open (or resume) the journal, run the session,
 * print the report, and answer with the exit code of cli.md.
 */
import type { QueuedAnswer } from '../../drill/answer-queues.js';
import { playersOf, type DrillStartInfo } from '../../drill/drill-setup.js';
import { changedSince, resumedAnswers, startInfoOf } from '../../drill/journal-replay.js';
import type { Prompter, RealClock } from '../../drill/prompter.js';
import { rules } from '../../lint/rules.js';
import { checkDocument, type CheckContext } from '../../check/index.js';
import { findingsFormatters, type FileReport } from '../../report/findings/index.js';
import { FatalError, UsageError, type CommandContext } from '../io.js';
import { toolVersion } from '../version.js';
import { loadDrillInputs, type DrillInputs } from './drill-inputs.js';
import { parseDrillOptions, type DrillOptions, type RawDrillOptions } from './drill-options.js';
import { runDrillSession } from './drill-session.js';
import { resumeCommand } from './interactive-resume-command.js';
import { loadAnswers } from './load-answers.js';
import { printDrillReport } from './print-drill-report.js';
import { located } from '../input-errors.js';
import { checkContextOf } from '../read-config.js';
import { readJournal, type ReadJournal } from '../read-journal.js';
import { systemClock } from './system-clock.js';
import { terminalPrompter, type PrompterFactory, type PromptSession } from './terminal-prompter.js';

/** What the command depends on besides its context; tests and the interactive runner replace them. */
export interface DrillDeps {
  /** Makes the prompter for drills without `--answers` (default: the terminal's). */
  prompter?: PrompterFactory;
  /** The real clock prompts are timed with (default: the process's). */
  clock?: RealClock;
  /** The wall clock, read once for the start time and the journal's default name. */
  now?: () => Date;
}

/** Runs `yuan drill [PLAN|SCENARIO]` and returns the exit code. */
export async function runDrillCommand(
  target: string | undefined,
  raw: RawDrillOptions,
  context: CommandContext,
  deps: DrillDeps = {},
): Promise<number> {
  const { io, t } = context;
  const options = parseDrillOptions(raw, context);
  const resumed =
    options.resume === undefined ? undefined : await readJournal(options.resume, context);
  const { ctx } = await checkContextOf(context);
  // Refuse a changed plan before checking it: its new findings would only hide the reason.
  if (resumed && target === undefined) await checkUnchangedFiles(resumed, ctx, context);
  const loaded = await loadDrillInputs(
    target ?? (resumed ? (resumed.start.scenarioFile ?? resumed.start.plan) : undefined),
    resumed?.start.scenario ?? options.scenario,
    ctx,
    context,
  );
  if ('files' in loaded) return refuse(loaded.files, context);
  const { inputs } = loaded;
  if (resumed) checkUnchanged(resumed, inputs, context);
  const answers =
    options.answers === undefined
      ? undefined
      : await loadAnswers(options.answers, inputs.plan, ctx);
  if (answers && 'files' in answers) return refuse(answers.files, context);
  if (resumed?.finished)
    return printDrillReport(resumed.events, inputs, options, resumed.file, context);

  const players = resumed ? resumed.start.players : checkedPlayers(inputs, options, context);
  const pace = resumed ? resumed.start.pace : (options.pace ?? inputs.scenario.pace ?? 60);
  const clock = deps.clock ?? systemClock;
  const session = { plan: inputs.plan, scenario: inputs.scenario, clock };
  const prompter = answers ? undefined : interactivePrompter(context, session, deps);
  const start: DrillStartInfo = resumed ? startInfoOf(resumed.start) : newStartInfo(inputs, deps);
  const answersToUse = resumedAnswersOrFile(resumed, answers?.answers ?? []);
  const { status, events, journalFile } = await runDrillSession(
    {
      inputs,
      players,
      pace,
      start,
      answers: answersToUse,
      resumed,
      chosenJournal: options.journal,
    },
    { ...(prompter ? { prompter } : {}), clock },
    context,
  );
  if (status === 'quit') {
    io.stderr.write(`${t('drill.quit', { command: resumeCommand(journalFile) })}\n`);
    return 2;
  }
  return printDrillReport(events, inputs, options, journalFile, context);
}

function resumedAnswersOrFile(
  resumed: ReadJournal | undefined,
  file: QueuedAnswer[],
): QueuedAnswer[] {
  return resumed ? resumedAnswers(resumed.events, file) : file;
}

/** Prints the findings that stop a drill (stylish, on stderr) and answers exit code 1. */
function refuse(files: readonly FileReport[], context: CommandContext): number {
  const { io, t } = context;
  const shown = files.filter((file) => file.findings.length > 0);
  io.stderr.write(
    findingsFormatters.stylish(shown, {
      t,
      lang: context.lang,
      color: context.color,
      rules,
      toolVersion: toolVersion(),
      cwd: io.cwd,
    }),
  );
  io.stderr.write(`yuan: ${t('drill.refused')}\n`);
  return 1;
}

async function checkUnchangedFiles(
  resumed: ReadJournal,
  ctx: CheckContext,
  context: CommandContext,
): Promise<void> {
  const { plan, scenarioFile } = resumed.start;
  const planHash = await hashOf(plan, ctx);
  const scenarioHash = scenarioFile === undefined ? undefined : await hashOf(scenarioFile, ctx);
  checkUnchanged(
    resumed,
    { planHash, ...(scenarioHash ? { scenarioHash } : {}), planFile: plan },
    context,
  );
}

/** The hash of a file the journal names, read like any input; one that cannot be read is exit 2. */
async function hashOf(path: string, ctx: CheckContext): Promise<string> {
  const checked = await checkDocument(path, ctx);
  if (checked.sha256 === undefined) throw new FatalError(located(checked.findings[0]!));
  return checked.sha256;
}

function checkUnchanged(
  resumed: ReadJournal,
  inputs: Pick<DrillInputs, 'planHash' | 'scenarioHash' | 'planFile'>,
  { t }: CommandContext,
): void {
  const changed = changedSince(resumed.start, inputs);
  if (changed === 'plan')
    throw new FatalError(
      t('drill.journal.plan-changed', { file: resumed.file, plan: inputs.planFile }),
    );
  if (changed === 'scenario')
    throw new FatalError(t('drill.journal.scenario-changed', { file: resumed.file }));
}

function checkedPlayers(
  { plan, scenario }: DrillInputs,
  options: DrillOptions,
  { t }: CommandContext,
): string[] {
  const roles = Object.keys(plan.roles ?? {});
  for (const role of options.roles) {
    if (!roles.includes(role))
      throw new UsageError(t('drill.unknown-role', { role, roles: roles.join(', ') }));
  }
  return playersOf(plan, scenario, options.roles);
}

/** A terminal prompter, or the usage error that tells a user without a terminal to use --answers. */
function interactivePrompter(
  context: CommandContext,
  session: PromptSession,
  deps: DrillDeps,
): Prompter {
  if (deps.prompter) return deps.prompter(context, session);
  if (!context.io.stdin?.isTTY) throw new UsageError(context.t('drill.needs-answers'));
  return terminalPrompter(context, session);
}

function newStartInfo(inputs: DrillInputs, deps: DrillDeps): DrillStartInfo {
  return {
    plan: inputs.planPath,
    planId: inputs.plan.id,
    planHash: inputs.planHash,
    scenario: inputs.scenario.id,
    ...(inputs.scenarioPath !== undefined
      ? { scenarioFile: inputs.scenarioPath, scenarioHash: inputs.scenarioHash! }
      : {}),
    version: toolVersion(),
    startedAt: (deps.now ?? (() => new Date()))().toISOString(),
  };
}
