#!/usr/bin/env node
// The executable: wire the real process to the CLI and report its exit code.
import module from 'node:module';

// Node 22.1 and later keep V8's compiled code on disk between runs (a faster start); Node 20 has
// no such cache and skips this. Before the CLI is imported, so that its code is cached too.
module.enableCompileCache?.();

// The bundled CLI (scripts/bundle-cli.ts): a few files instead of the 150 modules of dist/cli/.
const { run } = await import('../dist/cli-bundle/yuan.js');
const { processIo } = await import('../dist/cli-bundle/process-io.js');
process.exitCode = await run(process.argv.slice(2), processIo());
