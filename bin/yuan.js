#!/usr/bin/env node
// The executable: wire the real process to the bundled CLI (dist/cli-bundle/yuan.cjs, made by
// scripts/bundle-cli.ts) and report its exit code. CommonJS (see bin/package.json): Node 20 starts
// a CommonJS entry about 10 ms sooner than an ES module.
'use strict';
const { enableCompileCache } = require('node:module');

// Node 22.1 and later keep the compiled code of modules in a folder of the OS's temporary
// directory (never in the package, which may be read-only or shared); Node 20 has no such cache.
enableCompileCache?.();

// --debug runs the same bundle, its stack traces mapped back to the files of src/ (the bundle's
// source map is read only then).
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);

const { run, processIo } = require('../dist/cli-bundle/yuan.cjs');

run(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
