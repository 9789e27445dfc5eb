/** Reading `--answers FILE` and checking it against the plan: findings stop the drill (exit 1). */
import { resolve } from 'node:path';
import { checkAnswersFile } from '../../drill/answers-file.js';
import type { QueuedAnswer } from '../../drill/answer-queues.js';
import { loadDocument } from '../../load/index.js';
import { sortFindings, type Plan } from '../../model/index.js';
import type { ValidatedFile } from '../../check/validate-paths.js';
import { displayName } from '../../check/display-name.js';
import type { CommandContext } from '../io.js';

/** The scripted answers of `file`, or the file with its findings when it has errors. */
export async function loadAnswers(
  file: string,
  plan: Plan,
  { io, t }: CommandContext,
): Promise<{ answers: QueuedAnswer[] } | { files: ValidatedFile[] }> {
  const path = resolve(io.cwd, file);
  const shown = displayName(path, io.cwd);
  const loaded = await loadDocument(path, { file: shown, t });
  if (!loaded.document) return { files: [{ file: shown, findings: loaded.findings }] };
  const checked = checkAnswersFile(loaded.document, plan, t);
  const findings = sortFindings([...loaded.findings, ...checked.findings]);
  if (findings.some((finding) => finding.severity === 'error')) {
    return { files: [{ file: shown, text: loaded.document.text, findings }] };
  }
  return { answers: checked.answers };
}
