/** The types every step shares. */
export * from './plan.js';
export * from './scenario.js';
export * from './finding.js';
export * from './duration.js';
export * from './drill.js';
export * from './pointer.js';
export * from './plan-entries.js';
export * from './stage-graph.js';
export * from './graph-search.js';
