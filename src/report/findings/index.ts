/** The formats of `yuan validate --format`, by name. */
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { FindingsFormatter } from './types.js';

export type { FileReport, FindingsFormatOptions, FindingsFormatter } from './types.js';

/** The `--format` values of `yuan validate`; the first is the default. */
export const findingsFormatNames = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;

/** A `--format` value of `yuan validate`. */
export type FindingsFormatName = (typeof findingsFormatNames)[number];

/** Each format's formatter: a pure function from the checked files to the whole output. */
export const findingsFormatters: Record<FindingsFormatName, FindingsFormatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
};

/** Whether a `--format` value names a findings format. */
export function isFindingsFormatName(name: string): name is FindingsFormatName {
  return (findingsFormatNames as readonly string[]).includes(name);
}
