// Shared by the benchmark's child processes: read the file list, report time and peak memory.
import { readFileSync } from 'node:fs';

/** The absolute paths listed (one per line) in the file named by the first argument. */
export function fileList() {
  return readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
}

/** Prints what the parent reads: wall milliseconds of the work, peak RSS (KiB), and extras. */
export function report(ms, extra = {}) {
  const line = JSON.stringify({ ms, maxRssKiB: process.resourceUsage().maxRSS, ...extra });
  process.stderr.write(`BENCH ${line}\n`);
}
