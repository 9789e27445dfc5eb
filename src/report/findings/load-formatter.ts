/**
 * The `--format` names of `yuan validate`, and each one's formatter loaded only when it is named:
 * a run pays for the one format it prints, not for the other four.
 */
import type { FindingsFormatter } from './types.js';

/** The `--format` values of `yuan validate`; the first is the default. */
export const findingsFormatNames = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;

/** A `--format` value of `yuan validate`. */
export type FindingsFormatName = (typeof findingsFormatNames)[number];

/** Whether a `--format` value names a findings format. */
export function isFindingsFormatName(name: string): name is FindingsFormatName {
  return (findingsFormatNames as readonly string[]).includes(name);
}

const loaders: Record<FindingsFormatName, () => Promise<FindingsFormatter>> = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  github: async () => (await import('./github.js')).formatGithub,
  junit: async () => (await import('./junit.js')).formatJunit,
};

/** The formatter of one format, its module loaded on first use. */
export function loadFindingsFormatter(name: FindingsFormatName): Promise<FindingsFormatter> {
  return loaders[name]();
}
