/** The action of `yuan compile`: check the plan, then write it in the chosen format. */
import type { Plan } from '../../model/plan.js';
import { UsageError, type CommandContext } from '../io.js';
import { writeOutput } from '../write-output.js';
import { loadValidPlan } from './load-valid-plan.js';

/** The formats of `yuan compile --format`. */
export const COMPILE_FORMATS = ['xstate', 'mermaid', 'dot', 'svg'] as const;
/** One compile format. */
export type CompileFormat = (typeof COMPILE_FORMATS)[number];

/** The options as commander gives them. */
export interface RawCompileOptions {
  format: string;
  output?: string;
}

/** Runs `yuan compile` and returns its exit code (0 written, 1 the plan has errors). */
export async function runCompile(
  path: string,
  raw: RawCompileOptions,
  context: CommandContext,
): Promise<number> {
  const format = raw.format as CompileFormat;
  if (!COMPILE_FORMATS.includes(format)) {
    const choices = COMPILE_FORMATS.join(', ');
    throw new UsageError(
      context.t('cli.bad-choice', { option: '--format', choices, value: raw.format }),
    );
  }
  const plan = await loadValidPlan(path, context);
  if (typeof plan === 'number') return plan;
  await writeOutput(await render(plan, format, context), raw.output, context);
  return 0;
}

async function render(plan: Plan, format: CompileFormat, { t }: CommandContext): Promise<string> {
  switch (format) {
    case 'xstate':
      return (await import('../../report/diagrams/xstate.js')).formatXstate(plan);
    case 'mermaid':
      return (await import('../../report/diagrams/mermaid.js')).formatMermaid(plan, t);
    case 'dot':
      return (await import('../../report/diagrams/dot.js')).formatDot(plan, t);
    case 'svg':
      return (await import('../../report/diagrams/svg.js')).formatSvg(plan, t);
  }
}
