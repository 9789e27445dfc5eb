/** Readiness computations shared by the readiness/*, authority/* and lifecycle/* rules and `yuan readiness`. */
export * from './demand-basis.js';
export * from './resource-demand.js';
export * from './authority.js';
export * from './coverage.js';
export * from './lifecycle.js';
export * from './demand-lines.js';
