/** Loading a file: read it safely, then parse it with a source map. */
import type { Translate } from '../i18n/index.js';
import { DEFAULT_LIMITS, type LoadLimits } from './load-limits.js';
import type { LoadResult } from './loaded-document.js';
import { parseText } from './parse-text.js';
import { readSource } from './read-source.js';

/** How to load: the display name, the language of findings, and the limits. */
export interface LoadOptions {
  /** The name shown in findings (default: the path as given). */
  file?: string;
  t: Translate;
  limits?: Partial<LoadLimits>;
}

/** Loads one YAML file; every problem with it is a finding in the result, never an exception. */
export async function loadDocument(path: string, options: LoadOptions): Promise<LoadResult> {
  const file = options.file ?? path;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const source = await readSource(path, file, limits.maxBytes, options.t);
  if ('finding' in source) return { findings: [source.finding] };
  return parseText(source.text, { file, path, t: options.t, limits });
}
