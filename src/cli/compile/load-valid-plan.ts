/**
 * The plan that `yuan compile` and `yuan paths` work on, checked like `yuan validate` checks it
 * (with yuan.config.yaml's rule settings, maxFileSize and today; a config with errors is refused,
 * exit 2). A plan with errors gets one line per error on stderr and exit code 1; a file that cannot
 * be read is a FatalError (exit 2).
 */
import { resolve } from 'node:path';
import { checkFile } from '../../check/index.js';
import type { Finding } from '../../model/finding.js';
import type { Plan } from '../../model/plan.js';
import { refuseUnreadable } from '../input-errors.js';
import type { CommandContext } from '../io.js';
import { checkContextOf } from '../read-config.js';

/** The plan at `path`, or the exit code when it has errors. */
export async function loadValidPlan(path: string, context: CommandContext): Promise<Plan | number> {
  const { io, t } = context;
  const { ctx } = await checkContextOf(context);
  const load = await checkFile(resolve(io.cwd, path), { kind: 'plan', ctx });
  if (load.document) return load.document;
  refuseUnreadable(load.findings);
  const errors = load.findings.filter((finding) => finding.severity === 'error');
  for (const finding of errors) io.stderr.write(`${oneLine(finding)}\n`);
  const file = errors[0]?.file ?? path;
  io.stderr.write(`yuan: ${t('compile.cli.has-errors', { file, count: errors.length })}\n`);
  return 1;
}

/** `file:line:col rule message`, the form editors and CI logs link to. */
function oneLine(finding: Finding): string {
  const message = finding.message.replace(/\s*\n\s*/g, ' ');
  return `${finding.file}:${finding.line}:${finding.column} ${finding.ruleId} ${message}`;
}
