#!/usr/bin/env node
// The executable: wire the real process to the CLI and report its exit code.
import { run } from '../dist/cli/main.js';
import { processIo } from '../dist/cli/process-io.js';

process.exitCode = await run(process.argv.slice(2), processIo());
