/**
 * The `--format` names of `yuan validate`, and each one's format loaded only when it is named:
 * a run pays for the one format it prints, not for the other four.
 */
import type { FindingsFormat } from './types.js';

/** The `--format` values of `yuan validate`; the first is the default. */
export const findingsFormatNames = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;

/** A `--format` value of `yuan validate`. */
export type FindingsFormatName = (typeof findingsFormatNames)[number];

/** Whether a `--format` value names a findings format. */
export function isFindingsFormatName(name: string): name is FindingsFormatName {
  return (findingsFormatNames as readonly string[]).includes(name);
}

const loaders: Record<FindingsFormatName, () => Promise<FindingsFormat>> = {
  stylish: async () => (await import('./stylish.js')).stylishFormat,
  json: async () => (await import('./json.js')).jsonFormat,
  sarif: async () => (await import('./sarif.js')).sarifFormat,
  github: async () => (await import('./github.js')).githubFormat,
  junit: async () => (await import('./junit.js')).junitFormat,
};

/** One format, its module loaded on first use. */
export function loadFindingsFormat(name: FindingsFormatName): Promise<FindingsFormat> {
  return loaders[name]();
}
