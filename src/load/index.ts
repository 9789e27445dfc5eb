/** Reading plan files safely: limits, UTF-8, YAML with positions. */
export * from './load-document.js';
export * from './loaded-document.js';
export * from './load-limits.js';
export * from './parse-text.js';
export * from './read-source.js';
export type { SourceMap } from './source-map.js';
