/** Scripted drills of generated plans, whole or resumed from a journal, as `yuan drill` runs them. */
import type { QueuedAnswer } from '../../../src/drill/answer-queues.js';
import { DrillEngine } from '../../../src/drill/drill-engine.js';
import { drillMachine, playersOf } from '../../../src/drill/drill-setup.js';
import { journalFollower, resumedAnswers } from '../../../src/drill/journal-replay.js';
import { runDrill } from '../../../src/drill/run-drill.js';
import type { DrillEvent, Plan } from '../../../src/model/index.js';

/**
 * Plays the plan's first scenario with scripted answers and no prompter (decisions without an
 * answer wait until they close). With a journal prefix, resumes from it as `--resume` does: the
 * journal's answers are replayed, the replayed events must equal the journal's, then it carries on.
 */
export async function playDrill(
  plan: Plan,
  answers: readonly QueuedAnswer[],
  journal?: readonly DrillEvent[],
): Promise<DrillEvent[]> {
  const scenario = plan.scenarios![0]!;
  const pace = scenario.pace ?? 60;
  const engine = new DrillEngine({
    plan,
    scenario,
    machine: drillMachine(plan, scenario.start),
    players: playersOf(plan, scenario),
    pace,
    start: {
      plan: 'plan.yaml',
      planId: plan.id,
      planHash: 'sha256:property',
      scenario: scenario.id,
      version: '0.0.0',
    },
    answers: journal ? resumedAnswers(journal, answers) : [...answers],
  });
  engine.start();
  const follower = journalFollower(journal ?? []);
  const written: DrillEvent[] = [...(journal ?? [])];
  await runDrill(engine, {
    pace,
    record: (events) => void written.push(...follower.follow(events)),
  });
  follower.done();
  return written;
}
