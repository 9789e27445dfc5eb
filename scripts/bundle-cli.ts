/**
 * Bundles the command line into one CommonJS file, dist/cli-bundle/yuan.cjs (part of `npm run
 * build`, after tsc), which bin/yuan.js requires: Node 20 resolves, reads and compiles every ES
 * module file on its own, and `yuan validate` would otherwise load about 150 of dist/ and 80
 * CommonJS files of yaml. The commands' `await import()`s stay lazy: esbuild runs a lazily
 * imported module's top level only when it is first imported, and packages left out of the bundle
 * are imported from node_modules as usual. The library (`dist/index.js`, its types) and the
 * modules tests and the benchmark load stay tsc's.
 */
import { build, type Plugin } from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = resolve(root, 'dist/cli-bundle');

// Bundled because the start-up of validate and --version needs them, or because they are ES
// modules a CommonJS bundle could not require() on Node 20.17 (string-width, @inquirer/core). Any
// other dependency (the init prompts and the graphviz wasm by import(), xstate and ajv's runtime
// by require()) stays an ordinary import from node_modules.
const BUNDLED = new Set([
  'yaml',
  'commander',
  'chalk',
  'tinyglobby',
  'get-east-asian-width',
  'string-width',
  '@inquirer/core',
]);
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};
const external = Object.keys(pkg.dependencies)
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

/**
 * `new URL('../../templates/', import.meta.url)` names a file of the package relative to the
 * module's place in dist/; in the bundle the module sits in dist/cli-bundle/, so each such path is
 * rewritten to name the same file from there (and the build fails if that file is missing).
 */
function placePackageFiles(source: string, path: string): string {
  const compiledDir = dirname(resolve(root, 'dist', relative(resolve(root, 'src'), path)));
  let rewritten = 0;
  const contents = source.replace(
    /new URL\(\s*(['"])(\.\.?\/[^'"]*)\1\s*,\s*import\.meta\.url\s*\)/g,
    (_whole, quote: string, file: string) => {
      const target = resolve(compiledDir, file);
      if (!existsSync(target)) throw new Error(`${path}: ${file} names no file`);
      rewritten++;
      const fromBundle =
        relative(outdir, target).replaceAll('\\', '/') + (file.endsWith('/') ? '/' : '');
      return `new URL(${quote}${fromBundle}${quote}, import.meta.url)`;
    },
  );
  // Any other use of import.meta.url but createRequire's (which finds node_modules from any
  // folder of the package) would silently point elsewhere from the bundle.
  const uses = source.split('import.meta.url').length - 1;
  const requires = source.split('createRequire(import.meta.url)').length - 1;
  if (uses !== rewritten + requires) {
    throw new Error(`${path}: an import.meta.url the bundle cannot place`);
  }
  return contents;
}

/** Rewrites the project's own modules for their place in the bundle (see above). */
const forTheBundle: Plugin = {
  name: 'for-the-bundle',
  setup(bundle) {
    bundle.onLoad({ filter: /\.ts$/ }, (args) => {
      if (relative(resolve(root, 'src'), args.path).startsWith('..')) return undefined;
      const source = readFileSync(args.path, 'utf8');
      const contents = placePackageFiles(source, args.path);
      return contents === source ? undefined : { contents, loader: 'ts' };
    });
  },
};

// Start empty so that no stale file ships.
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/bundle-entry.ts'],
  outfile: resolve(outdir, 'yuan.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external,
  // Less to read and parse at every start (a third less with short names).
  minify: true,
  // Read only by `yuan --debug` (bin/yuan.js), whose stack traces then name the files of src/.
  sourcemap: true,
  // import.meta.url of every module is the bundle's own URL (see placePackageFiles above).
  inject: [resolve(root, 'scripts/bundle-import-meta-url.ts')],
  define: { 'import.meta.url': '__yuanBundleUrl' },
  plugins: [forTheBundle],
  logLevel: 'warning',
});
