/** Reading `--answers FILE` and checking it against the drill's plan: findings stop the drill (exit 1). */
import { resolve } from 'node:path';
import { checkFile, type CheckContext, type CheckedInput } from '../../check/index.js';
import { queuedAnswers, type QueuedAnswer } from '../../drill/answer-queues.js';
import type { Plan } from '../../model/index.js';

/** The scripted answers of `file`, or the file with its findings when it has errors. */
export async function loadAnswers(
  file: string,
  plan: Plan,
  ctx: CheckContext,
): Promise<{ answers: QueuedAnswer[] } | { files: CheckedInput<unknown>[] }> {
  const checked = await checkFile(resolve(ctx.cwd, file), {
    kind: 'answers',
    ctx: { ...ctx, plan },
  });
  if (!checked.document) return { files: [checked] };
  return { answers: queuedAnswers(checked.document) };
}
