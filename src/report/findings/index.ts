/** The formats of `yuan validate --format`, by name. */
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import type { FindingsFormatName } from './load-format.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { FindingsFormatter } from './types.js';

export type {
  FileReport,
  FindingsFormat,
  FindingsFormatOptions,
  FindingsFormatter,
  FindingsWriter,
} from './types.js';
export {
  findingsFormatNames,
  isFindingsFormatName,
  loadFindingsFormat,
  type FindingsFormatName,
} from './load-format.js';

/**
 * Each format's formatter: a pure function from the checked files to the whole output. Importing
 * this map loads all five; `yuan validate` loads the one it prints with `loadFindingsFormat`.
 */
export const findingsFormatters: Record<FindingsFormatName, FindingsFormatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
};
