/**
 * The action of `yuan report`: read a drill journal (finished or not), find its plan and scenario
 * as they were (their hashes must match the journal's), replay the drill to prove the journal is
 * its true record, and format the same report the drill printed at its end. Every way this can
 * fail is a one-line message and exit 2; a torn last line is only a warning.
 */
import { relative } from 'node:path';
import { checkFile, type CheckContext, type InputDocuments } from '../../check/index.js';
import { DrillEngine } from '../../drill/drill-engine.js';
import { drillMachine } from '../../drill/drill-setup.js';
import type { DecodedJournal } from '../../model/journal-codec.js';
import {
  JournalMismatchError,
  journalFollower,
  resumedAnswers,
  startInfoOf,
} from '../../drill/journal-replay.js';
import { runDrill } from '../../drill/run-drill.js';
import type { Plan, Scenario } from '../../model/index.js';
import { formatDrillReport, type DrillReportFormat } from '../../report/drill/index.js';
import { scoreDrill } from '../../score/score-drill.js';
import { FatalError, type CommandContext } from '../io.js';
import { located } from '../input-errors.js';
import { checkContextOf } from '../read-config.js';
import { readJournal } from '../read-journal.js';

/** The report of the drill recorded in `file`, in `format`. */
export async function reportFromJournal(
  file: string,
  format: DrillReportFormat,
  context: CommandContext,
): Promise<string> {
  const { t, lang, io } = context;
  const journal = await readJournal(file, context);
  const { start } = journal;
  const { ctx } = await checkContextOf(context);
  const shown = (path: string) => shownPath(path, io.cwd);
  const plan = await documentAt(start.plan, start.planHash, 'plan', file, ctx, context);
  const scenario = start.scenarioFile
    ? await documentAt(start.scenarioFile, start.scenarioHash, 'scenario', file, ctx, context)
    : plan.scenarios?.find((candidate) => candidate.id === start.scenario);
  if (!scenario) {
    throw new FatalError(
      t('report-command.no-scenario', {
        file,
        scenario: start.scenario,
        plan: shown(start.plan),
      }),
    );
  }
  await checkReplay(journal, plan, scenario, file, context);
  const { events } = journal;
  const score = scoreDrill(events, { plan, scenario, finished: journal.finished });
  return formatDrillReport(
    format,
    { events, score, plan, scenario, planFile: shown(start.plan), journalFile: file },
    { t, lang },
  );
}

/**
 * The plan or scenario file the journal names, checked like any input and refused unless its
 * bytes are the journal's.
 */
async function documentAt<K extends 'plan' | 'scenario'>(
  path: string,
  hash: string | undefined,
  kind: K,
  journalFile: string,
  ctx: CheckContext,
  { t }: CommandContext,
): Promise<InputDocuments[K]> {
  const checked = await checkFile(path, { kind, ctx });
  if (checked.sha256 === undefined) throw new FatalError(located(checked.findings[0]!));
  if (hash !== undefined && checked.sha256 !== hash) {
    const params = { file: journalFile, document: checked.file };
    throw new FatalError(
      kind === 'plan'
        ? t('report-command.plan-changed', params)
        : t('report-command.scenario-changed', params),
    );
  }
  if (checked.document === undefined) {
    const error = checked.findings.find((finding) => finding.severity === 'error')!;
    throw new FatalError(
      t('report-command.unreadable', { file: checked.file, detail: located(error) }),
    );
  }
  return checked.document;
}

/** Replays the drill from the journal's answers; any difference means it was edited. */
async function checkReplay(
  journal: DecodedJournal,
  plan: Plan,
  scenario: Scenario,
  file: string,
  { t }: CommandContext,
): Promise<void> {
  const { start, events } = journal;
  const follower = journalFollower(events);
  try {
    const engine = new DrillEngine({
      plan,
      scenario,
      machine: drillMachine(plan, scenario.start),
      players: start.players,
      pace: start.pace,
      start: startInfoOf(start),
      answers: resumedAnswers(events),
    });
    engine.start();
    await runDrill(engine, { pace: start.pace, record: (fresh) => void follower.follow(fresh) });
    follower.done();
  } catch (error) {
    if (error instanceof JournalMismatchError)
      throw new FatalError(t('report-command.mismatch', { file, line: error.line }));
    // The engine refuses an answer the plan does not offer: only an edited journal holds one.
    const detail = error instanceof Error ? error.message : String(error);
    throw new FatalError(t('report-command.replay-failed', { file, detail }));
  }
}

/** A path as the user would type it: relative to the working folder when inside it. */
function shownPath(path: string, cwd: string): string {
  const fromCwd = relative(cwd, path);
  return fromCwd.startsWith('..') || fromCwd === '' ? path : fromCwd;
}
