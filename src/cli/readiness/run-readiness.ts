/**
 * `yuan readiness PLAN`: the plan goes through the validate pipeline (the same reading, schema and
 * rules, with the config's severities, maxFileSize and today; a config with errors is exit 2);
 * a plan with errors gets its findings and exit 1, one without gets its readiness report, exit 0.
 */
import { dirname, resolve } from 'node:path';
import { rules } from '../../lint/rules.js';
import type { Plan } from '../../model/plan.js';
import { findingsFormatters } from '../../report/findings/index.js';
import {
  buildReadinessReport,
  readinessFormatters,
  type TextStyle,
} from '../../report/readiness/index.js';
import { checkFile, displayName } from '../../check/index.js';
import { refuseUnreadable } from '../input-errors.js';
import { UsageError, type CommandContext } from '../io.js';
import { checkContextOf } from '../read-config.js';
import { toolVersion } from '../version.js';
import { writeOutput } from '../write-output.js';
import { parseReadinessOptions, type RawReadinessOptions } from './readiness-options.js';
import { scenarioFilesFor } from './scenario-files.js';

/** Runs `yuan readiness` and returns its exit code (0 report written, 1 the plan has errors). */
export async function runReadiness(
  planArgument: string,
  raw: RawReadinessOptions,
  context: CommandContext,
): Promise<number> {
  const { io, t } = context;
  const options = parseReadinessOptions(raw, t);
  const { ctx } = await checkContextOf(context, options);
  const path = resolve(io.cwd, planArgument);
  const checked = await checkFile(path, { ctx });
  refuseUnreadable(checked.findings);
  if (checked.kind === 'scenario') {
    const reference = (checked.loaded?.data as { plan?: unknown }).plan;
    const plan =
      typeof reference === 'string' ? displayName(resolve(dirname(path), reference), io.cwd) : '';
    throw new UsageError(t('readiness.cli.scenario', { file: checked.file, plan }));
  }
  const { findings } = checked;
  if (checked.kind !== 'plan' || !checked.document) {
    const formatter = findingsFormatters[options.format === 'json' ? 'json' : 'stylish'];
    const file = { file: checked.file, findings, ...(checked.text ? { text: checked.text } : {}) };
    io.stdout.write(
      formatter([file], {
        t,
        lang: context.lang,
        color: context.color,
        rules,
        toolVersion: toolVersion(),
        cwd: io.cwd,
      }),
    );
    io.stderr.write(`yuan: ${t('readiness.cli.has-errors', { file: checked.file })}\n`);
    return 1;
  }
  const report = buildReadinessReport({
    plan: checked.document as Plan,
    file: checked.file,
    today: ctx.today,
    findings,
    scenarioFiles: await scenarioFilesFor(path, ctx),
  });
  const style = options.output === undefined ? terminalStyle(context) : undefined;
  const text = readinessFormatters[options.format](report, {
    t,
    lang: context.lang,
    ...(style ? { style } : {}),
  });
  await writeOutput(text, options.output, context);
  return 0;
}

/** Emphasis through the context's chalk, which is already off when stdout is no terminal. */
function terminalStyle({ color }: CommandContext): TextStyle {
  return {
    heading: (text) => color.bold(text),
    bad: (text) => color.red(text),
    good: (text) => color.green(text),
    muted: (text) => color.dim(text),
  };
}
