/**
 * One session of `yuan drill`: the engine started (replaying a resumed journal), the journal
 * opened, the session runner driven to its end or to the player's quit.
 */
import type { QueuedAnswer } from '../../drill/answer-queues.js';
import { DrillEngine } from '../../drill/drill-engine.js';
import { drillMachine, type DrillStartInfo } from '../../drill/drill-setup.js';
import { journalFollower, JournalMismatchError } from '../../drill/journal-replay.js';
import type { Prompter, RealClock } from '../../drill/prompter.js';
import { runDrill, type RunDrillStatus } from '../../drill/run-drill.js';
import { formatDuration, type DrillEvent } from '../../model/index.js';
import { FatalError, type CommandContext } from '../io.js';
import type { DrillInputs } from './drill-inputs.js';
import { openJournal } from './open-journal.js';
import type { ReadJournal } from '../read-journal.js';

/** What a session plays. */
export interface SessionSetup {
  inputs: DrillInputs;
  players: readonly string[];
  pace: number;
  start: DrillStartInfo;
  /** Scripted answers (for a resumed drill, the journal's first). */
  answers: readonly QueuedAnswer[];
  resumed: ReadJournal | undefined;
  /** `--journal FILE`, if given. */
  chosenJournal: string | undefined;
}

/** How a session ended, with every event of the drill and its journal's name. */
export interface SessionResult {
  status: RunDrillStatus;
  events: readonly DrillEvent[];
  journalFile: string;
}

/** Runs a drill session, journaling every event before each prompt. */
export async function runDrillSession(
  setup: SessionSetup,
  { prompter, clock }: { prompter?: Prompter; clock: RealClock },
  context: CommandContext,
): Promise<SessionResult> {
  const { io, t } = context;
  const { inputs, resumed, pace } = setup;
  const engine = new DrillEngine({
    plan: inputs.plan,
    scenario: inputs.scenario,
    machine: drillMachine(inputs.plan, inputs.scenario.start),
    players: setup.players,
    pace,
    start: setup.start,
    answers: setup.answers,
  });
  engine.start();
  const journal = await openJournal(
    resumed,
    setup.chosenJournal,
    inputs,
    setup.start.startedAt,
    context,
  );
  const stoppedAt = resumed?.events.at(-1)?.at;
  io.stderr.write(
    `${
      stoppedAt === undefined
        ? t('drill.journal-at', { file: journal.file })
        : t('drill.resuming', { file: journal.file, at: formatDuration(stoppedAt) })
    }\n`,
  );
  // A resumed drill replays its journal first: those events are checked, not written again.
  const follower = journalFollower(resumed?.events ?? []);
  const status = await runDrill(engine, {
    ...(prompter ? { prompter } : {}),
    clock,
    pace,
    ...(stoppedAt !== undefined ? { promptFrom: stoppedAt } : {}),
    record: (events: DrillEvent[]) => journal.writer.write(follower.follow(events)),
  })
    .then((ended) => {
      follower.done();
      return ended;
    })
    .catch((error: unknown) => {
      if (!(error instanceof JournalMismatchError)) throw error;
      throw new FatalError(t('drill.journal.mismatch', { file: journal.file, line: error.line }));
    })
    .finally(() => journal.writer.close());
  return { status, events: engine.events, journalFile: journal.file };
}
