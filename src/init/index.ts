/** Plan authoring: the hazard templates of `yuan init` and how they are filled in. */
export * from './template-catalog.js';
export * from './read-template.js';
export * from './fill-placeholders.js';
export * from './render-template.js';
export * from './default-params.js';
