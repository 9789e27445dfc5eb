/** What bin/yuan.js takes from the bundle of the command line (scripts/bundle-cli.ts). */
export { run } from './main.js';
export { processIo } from './process-io.js';
