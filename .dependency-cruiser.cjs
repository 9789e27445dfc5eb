/**
 * The layers of src/ (docs/architecture.md): data flows one way, file -> load -> check -> compile ->
 * drill -> score -> report, with the command line around it. Each folder may import only the
 * folders listed for it; anything else, and any cycle, fails `npm run lint`.
 */
const layer = (name, ...uses) => ({
  from: { path: `^src/${name}/` },
  to: { path: [`^src/${name}/`, ...uses.map((use) => `^src/${use}/`)] },
});

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true, pathNot: '^sarif$' },
    },
  ],
  allowedSeverity: 'error',
  allowed: [
    // Packages and Node's own modules: which folder may load which is held by review, not here.
    { from: { path: '^src/' }, to: { dependencyTypesNot: ['local'] } },
    layer('cli', '[a-z0-9]+'),
    { from: { path: '^src/cli/' }, to: { path: '^src/index\\.ts$' } },
    // The library API: files at the top of src/ compose the steps for programs.
    { from: { path: '^src/[^/]+\\.ts$' }, to: { path: '^src/(?!cli/)' } },
    layer('report', 'score', 'readiness', 'compile', 'model', 'i18n'),
    layer('check', 'lint', 'load', 'model', 'i18n'),
    layer('lint', 'readiness', 'model', 'load', 'i18n'),
    layer('init', 'readiness', 'model', 'i18n'),
    layer('drill', 'compile', 'score', 'model', 'i18n'),
    layer('compile', 'model', 'i18n'),
    layer('score', 'model', 'i18n'),
    layer('readiness', 'model', 'i18n'),
    layer('load', 'model', 'i18n'),
    layer('model', 'load', 'i18n'),
    layer('i18n', 'model'),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.generated\\.ts$' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
