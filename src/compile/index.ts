/** Plan -> XState: the compiler, its implementations, and the route analysis. */
export * from './compile-plan.js';
export * from './create-plan-machine.js';
export * from './evaluate-condition.js';
export * from './machine-types.js';
export * from './plan-implementations.js';
export * from '../model/stage-timers.js';
