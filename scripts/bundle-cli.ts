/**
 * Bundles the command line into dist/cli-bundle/ (part of `npm run build`, after tsc), for
 * start-up: Node 20 resolves, reads and compiles every ES module file on its own, and `yuan
 * validate` would otherwise load about 150 of dist/ and 80 CommonJS files of yaml. Code splitting
 * keeps the commands' `await import()`s lazy. The library (`dist/index.js`, its types) and the
 * modules tests and the benchmark load stay tsc's.
 */
import { build, type Plugin } from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = resolve(root, 'dist/cli-bundle');

// Bundled because the start-up of validate and --version needs them; any other dependency (the
// drill's prompts, xstate, the graphviz wasm, ajv's runtime the generated validator requires)
// stays an ordinary import from node_modules.
const BUNDLED = new Set(['yaml', 'commander', 'chalk', 'tinyglobby', 'get-east-asian-width']);
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
const packageFiles: Plugin = {
  name: 'package-files',
  setup(bundle) {
    bundle.onLoad({ filter: /\.ts$/ }, (args) => {
      const fromSrc = relative(resolve(root, 'src'), args.path);
      if (fromSrc.startsWith('..')) return undefined;
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const compiledDir = dirname(resolve(root, 'dist', fromSrc));
      let rewritten = 0;
      const contents = source.replace(
        /new URL\(\s*(['"])(\.\.?\/[^'"]*)\1\s*,\s*import\.meta\.url\s*\)/g,
        (_whole, quote: string, path: string) => {
          const target = resolve(compiledDir, path);
          if (!existsSync(target)) throw new Error(`${args.path}: ${path} names no file`);
          rewritten++;
          const fromBundle =
            relative(outdir, target).replaceAll('\\', '/') + (path.endsWith('/') ? '/' : '');
          return `new URL(${quote}${fromBundle}${quote}, import.meta.url)`;
        },
      );
      // Any other use of import.meta.url but createRequire's (which finds node_modules from any
      // folder of the package) would silently point elsewhere from the bundle.
      const uses = source.split('import.meta.url').length - 1;
      const requires = source.split('createRequire(import.meta.url)').length - 1;
      if (uses !== rewritten + requires) {
        throw new Error(`${args.path}: an import.meta.url the bundle cannot place`);
      }
      return { contents, loader: 'ts' };
    });
  },
};

// Chunk names change with their content: start empty so that no stale chunk ships.
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { yuan: 'src/cli/main.ts', 'process-io': 'src/cli/process-io.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  sourcemap: true,
  // Chunks beside the entries, so every module of the bundle has the same import.meta.url folder.
  chunkNames: '[name]-[hash]',
  // commander and yaml are CommonJS: their require() of Node's modules needs a real require.
  banner: {
    js: "import { createRequire as __yuanCreateRequire } from 'node:module'; const require = __yuanCreateRequire(import.meta.url);",
  },
  plugins: [packageFiles],
  logLevel: 'warning',
});
