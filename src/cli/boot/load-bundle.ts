/**
 * Loads the bundled command line (dist/cli-bundle/yuan.cjs) with V8's code cache: the bytecode
 * V8 compiled for it in an earlier run, kept in a file, so that a run need not compile it again.
 * Node 22 does this for modules (`module.enableCompileCache`); Node 20 offers it for scripts only,
 * which is why the bundle is one CommonJS script. Only bin/yuan.js uses this.
 *
 * A cache is trusted only for the bundle file, Node and flags it was made with: its name holds the
 * bundle's size and modification time (every build writes a new bundle and deletes the old
 * caches; V8 itself checks no more than the source's length) and a hash of Node's version and
 * flags. Each command keeps its own, written after its first run so that it holds the functions
 * that command compiled. Anything that goes wrong with the cache (a folder we cannot write, a
 * cache V8 rejects) costs start-up time, never the run: the bundle is compiled from source.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { beginPatientTiering } from './patient-tiering.js';

/** The bundle's exports, and what to call once the command has run. */
export interface LoadedBundle<T> {
  exports: T;
  /** Whether the bundle was compiled from a kept code cache (V8 accepted it). */
  fromCache: boolean;
  /** Writes the code cache if there was none or V8 refused it (after the run: it then holds more). */
  saveCodeCache(): void;
}

/** Where caches live and which one this run uses. */
export interface CodeCacheOptions {
  /** The folder of the cache files (created when first written). */
  folder: string;
  /** The command being run (the first argument); anything but a plain word shares one cache. */
  command: string | undefined;
  /** The environment: `NODE_DISABLE_COMPILE_CACHE`, as for Node's own cache, turns the cache off. */
  env: NodeJS.ProcessEnv;
}

/**
 * Runs a CommonJS file as Node's `require` would, compiled from its code cache when one fits, with
 * a patient start of V8's optimizing compiler (patient-tiering.ts).
 */
export function loadBundle<T>(file: string, options: CodeCacheOptions): LoadedBundle<T> {
  // Before compiling: V8 takes a code cache only under the flags it was made with.
  const tiering = beginPatientTiering({
    v8Version: process.versions.v8,
    execArgv: process.execArgv,
    env: options.env,
    setFlags: (flags) => v8.setFlagsFromString(flags),
    later: (ms, callback) => setTimeout(callback, ms).unref(),
  });
  // The build checks that the bundle is ASCII, for which latin1 is exact and the fastest read.
  const source = readFileSync(file, 'latin1');
  const cacheFile = options.env.NODE_DISABLE_COMPILE_CACHE
    ? undefined
    : join(options.folder, `${fingerprint(file)}-${commandName(options.command)}.bin`);
  const cachedData = cacheFile === undefined ? undefined : readIfPresent(cacheFile);
  // On one line with the source's first, so that lines in stack traces are the bundle's own.
  const parameters = 'exports, require, module, __filename, __dirname, __yuanImport';
  const wrapped = `(function (${parameters}) {${source}\n})`;
  const script = new vm.Script(wrapped, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as T };
  const factory = script.runInThisContext() as (...args: unknown[]) => void;
  factory(module.exports, createRequire(file), module, file, dirname(file), importPackage);
  const fresh = cachedData === undefined || script.cachedDataRejected === true;
  return {
    exports: module.exports,
    fromCache: !fresh,
    saveCodeCache() {
      if (cacheFile === undefined || !fresh) return;
      tiering.asAtStart();
      writeAtomically(cacheFile, script.createCachedData());
    },
  };
}

/**
 * The bundle's import() of a package (the init prompts, graphviz; scripts/bundle-cli.ts rewrites
 * it to call this): a script compiled by node:vm cannot import() on Node 20 without a flag or an
 * experimental warning. A package resolves from here as from the bundle: both are in dist/.
 */
function importPackage(specifier: string): Promise<unknown> {
  return import(specifier);
}

/** What a cache depends on: the bundle file, Node's version and platform, and V8's flags. */
function fingerprint(file: string): string {
  const { size, mtimeNs } = statSync(file, { bigint: true });
  const node = [process.version, process.arch, process.platform, ...process.execArgv];
  return `${size}-${mtimeNs}-${fnv1a([...node, process.env.NODE_OPTIONS ?? ''].join('\0'))}`;
}

/** FNV-1a, 32 bits, in hex: a short name for a few strings (node:crypto would cost start-up). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The command as part of a file name: a plain lower-case word, or `other`. */
function commandName(command: string | undefined): string {
  return command !== undefined && /^[a-z]{1,20}$/.test(command) ? command : 'other';
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes a temporary file and renames it, so that a run never reads half a cache. */
function writeAtomically(file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch {
    // A read-only install or a full disk: the next run compiles from source, as this one did.
    try {
      rmSync(temporary, { force: true });
    } catch {
      // There was no folder to write in, so there is no temporary file either.
    }
  }
}
