#!/usr/bin/env node
// The executable: wire the real process to the CLI and report its exit code. CommonJS (see
// bin/package.json): Node 20 starts a CommonJS entry about 10 ms sooner than an ES module.
'use strict';
const { enableCompileCache } = require('node:module');
const { join } = require('node:path');
const { loadBundle } = require('../dist/cli-bundle/load-bundle.cjs');

// Node 22.1 and later keep the compiled code of modules on disk (xstate, the prompts); Node 20
// has no such cache and skips this.
enableCompileCache?.();

main();

async function main() {
  const cli = process.argv.includes('--debug') ? await unbundled() : bundled();
  try {
    process.exitCode = await cli.exports.run(process.argv.slice(2), cli.exports.processIo());
  } finally {
    cli.saveCodeCache();
  }
}

/** The bundled CLI (scripts/bundle-cli.ts), compiled from V8's code cache once a run kept one. */
function bundled() {
  const dist = join(__dirname, '../dist/cli-bundle');
  return loadBundle(join(dist, 'yuan.cjs'), {
    folder: join(dist, 'code-cache'),
    command: process.argv[2],
    env: process.env,
  });
}

/** The modules the bundle is made of, whose stack traces name their own files and functions. */
async function unbundled() {
  const { run } = await import('../dist/cli/main.js');
  const { processIo } = await import('../dist/cli/process-io.js');
  return { exports: { run, processIo }, saveCodeCache() {} };
}
