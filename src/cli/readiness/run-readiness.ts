/**
 * `yuan readiness PLAN`: the plan goes through the validate pipeline (the same reading, schema and
 * rules, with the config's severities, maxFileSize and today; a config with errors is exit 2);
 * a plan with errors gets its findings and exit 1, one without gets its readiness report, exit 0.
 */
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { rules } from '../../lint/rules.js';
import type { Plan } from '../../model/plan.js';
import { findingsFormatters } from '../../report/findings/index.js';
import {
  buildReadinessReport,
  readinessFormatters,
  type TextStyle,
} from '../../report/readiness/index.js';
import { checkDocument } from '../../check/check-document.js';
import { displayName } from '../../check/display-name.js';
import { validateFiles } from '../../check/validate-paths.js';
import { FatalError, UsageError, type CommandContext } from '../io.js';
import { localDate } from '../local-date.js';
import { readConfig } from '../read-config.js';
import { toolVersion } from '../version.js';
import { writeOutput } from '../write-output.js';
import { parseReadinessOptions, type RawReadinessOptions } from './readiness-options.js';
import { scenarioFilesFor } from './scenario-files.js';

/** What the command depends on besides its context; tests fix the clock. */
export interface ReadinessDeps {
  now?: () => Date;
}

/** Runs `yuan readiness` and returns its exit code (0 report written, 1 the plan has errors). */
export async function runReadiness(
  planArgument: string,
  raw: RawReadinessOptions,
  context: CommandContext,
  deps: ReadinessDeps = {},
): Promise<number> {
  const { io, t } = context;
  const options = parseReadinessOptions(raw, t);
  const config = await readConfig(options.config, context);
  const today = options.today ?? config.today ?? localDate((deps.now ?? (() => new Date()))());
  const path = resolve(io.cwd, planArgument);
  const found = await stat(path).catch((error: NodeJS.ErrnoException) => error);
  if (found instanceof Error || !found.isFile()) {
    const cause = found instanceof Error ? (found.code ?? found.message) : 'EISDIR';
    throw new FatalError(t('readiness.cli.missing', { file: planArgument, cause }));
  }
  const maxFileSize = config.maxFileSize;
  const limits = maxFileSize === undefined ? {} : { maxFileSize };
  const checked = await checkDocument(path, { cwd: io.cwd, t, ...limits });
  if (checked.kind === 'scenario') {
    const reference = (checked.document?.data as { plan?: unknown }).plan;
    const plan =
      typeof reference === 'string' ? displayName(resolve(dirname(path), reference), io.cwd) : '';
    throw new UsageError(t('readiness.cli.scenario', { file: checked.file, plan }));
  }
  const [validated] = await validateFiles([path], {
    cwd: io.cwd,
    t,
    today,
    ruleSettings: config.rules,
    ...limits,
  });
  const findings = validated?.findings ?? checked.findings;
  const hasErrors = findings.some((finding) => finding.severity === 'error');
  if (hasErrors || !checked.valid || checked.kind !== 'plan' || !checked.document) {
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
    plan: checked.document.data as Plan,
    file: checked.file,
    today,
    findings,
    scenarioFiles: await scenarioFilesFor(path, io.cwd, t, maxFileSize),
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
