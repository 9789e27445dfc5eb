/**
 * The action of `yuan report`: read a drill journal (finished or not), find its plan and scenario
 * as they were (their hashes must match the journal's), replay the drill to prove the journal is
 * its true record, and format the same report the drill printed at its end. Every way this can
 * fail is a one-line message and exit 2; a torn last line is only a warning.
 */
import { createHash } from 'node:crypto';
import { relative, resolve } from 'node:path';
import { DrillEngine } from '../../drill/drill-engine.js';
import { drillMachine } from '../../drill/drill-setup.js';
import { decodeJournal, type DecodedJournal } from '../../drill/journal-codec.js';
import {
  JournalMismatchError,
  journalFollower,
  resumedAnswers,
  startInfoOf,
} from '../../drill/journal-replay.js';
import { runDrill } from '../../drill/run-drill.js';
import { DEFAULT_LIMITS, parseText } from '../../load/index.js';
import { MAX_JOURNAL_BYTES, readGivenFile } from '../read-given-file.js';
import type { Plan, Scenario } from '../../model/index.js';
import { formatDrillReport, type DrillReportFormat } from '../../report/drill/index.js';
import { scoreDrill } from '../../score/score-drill.js';
import { FatalError, type CommandContext } from '../io.js';

/** The report of the drill recorded in `file`, in `format`. */
export async function reportFromJournal(
  file: string,
  format: DrillReportFormat,
  context: CommandContext,
): Promise<string> {
  const { t, lang, io } = context;
  const journal = decode(file, await readText(resolve(io.cwd, file), file, context), context);
  const { start } = journal;
  const shown = (path: string) => shownPath(path, io.cwd);
  const plan = await documentAt(start.plan, start.planHash, 'plan', file, context);
  const scenario = start.scenarioFile
    ? await documentAt(start.scenarioFile, start.scenarioHash, 'scenario', file, context)
    : (plan as Plan).scenarios?.find((candidate) => candidate.id === start.scenario);
  if (!scenario) {
    throw new FatalError(
      t('report.drill.command.no-scenario', {
        file,
        scenario: start.scenario,
        plan: shown(start.plan),
      }),
    );
  }
  await checkReplay(journal, plan as Plan, scenario as Scenario, file, context);
  const { events } = journal;
  const score = scoreDrill(events, {
    plan: plan as Plan,
    scenario: scenario as Scenario,
    finished: journal.finished,
  });
  return formatDrillReport(
    format,
    {
      events,
      score,
      plan: plan as Plan,
      scenario: scenario as Scenario,
      planFile: shown(start.plan),
      journalFile: file,
    },
    { t, lang },
  );
}

function decode(file: string, text: string, { io, t }: CommandContext): DecodedJournal {
  const decoded = decodeJournal(text);
  if ('problem' in decoded) {
    const { problem } = decoded;
    throw new FatalError(
      problem.kind === 'corrupt'
        ? t('report.drill.command.corrupt', { file, line: problem.line })
        : t('report.drill.command.not-a-journal', { file }),
    );
  }
  const { journal } = decoded;
  if (journal.tornLine !== undefined)
    io.stderr.write(`yuan: ${t('report.drill.command.torn', { file, line: journal.tornLine })}\n`);
  return journal;
}

/** The plan or scenario file the journal names, refused unless its bytes are the journal's. */
async function documentAt(
  path: string,
  hash: string | undefined,
  kind: 'plan' | 'scenario',
  journalFile: string,
  context: CommandContext,
): Promise<Plan | Scenario> {
  const { t, io } = context;
  const shown = shownPath(path, io.cwd);
  const bytes = await readBytes(path, shown, context);
  if (hash !== undefined && `sha256:${createHash('sha256').update(bytes).digest('hex')}` !== hash) {
    throw new FatalError(
      t(`report.drill.command.${kind}-changed`, { file: journalFile, document: shown }),
    );
  }
  const loaded = parseText(bytes.toString('utf8'), { file: shown, path, t });
  if (!loaded.document) {
    const detail = loaded.findings[0]?.message ?? '';
    throw new FatalError(t('report.drill.command.unreadable', { file: shown, detail }));
  }
  return loaded.document.data as Plan | Scenario;
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
      throw new FatalError(t('report.drill.command.mismatch', { file, line: error.line }));
    // The engine refuses an answer the plan does not offer: only an edited journal holds one.
    const detail = error instanceof Error ? error.message : String(error);
    throw new FatalError(t('report.drill.command.replay-failed', { file, detail }));
  }
}

async function readText(path: string, file: string, context: CommandContext): Promise<string> {
  const cannot = 'report.drill.command.cannot-read';
  return (await readGivenFile(path, file, MAX_JOURNAL_BYTES, cannot, context)).toString('utf8');
}

/** A plan or scenario the journal names, as large as a plan file may be. */
function readBytes(path: string, file: string, context: CommandContext): Promise<Buffer> {
  const cannot = 'report.drill.command.cannot-read';
  return readGivenFile(path, file, DEFAULT_LIMITS.maxBytes, cannot, context);
}

/** A path as the user would type it: relative to the working folder when inside it. */
function shownPath(path: string, cwd: string): string {
  const fromCwd = relative(cwd, path);
  return fromCwd.startsWith('..') || fromCwd === '' ? path : fromCwd;
}
