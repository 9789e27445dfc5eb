/** Reading a file as UTF-8 text, refusing what is not a plan file at all (rule `file/unreadable`). */
import { isUtf8 } from 'node:buffer';
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Translate } from '../i18n/index.js';
import { findingAtPosition } from './loaded-document.js';
import type { Finding } from '../model/finding.js';

/** The text of a file with its bytes, or the one finding that says why it cannot be read. */
export type SourceText = { text: string; bytes: Uint8Array } | { finding: Finding };

/**
 * How a plan file is opened: read-only; without blocking, so a named pipe with no writer opens at
 * once (and is then refused) instead of waiting forever; never as a controlling terminal.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** Reads at most `maxBytes`; a pipe, a device, a folder, a binary or non-UTF-8 file is a finding. */
export async function readSource(
  path: string,
  file: string,
  maxBytes: number,
  t: Translate,
): Promise<SourceText> {
  const read = await readRegularFile(path, maxBytes);
  if ('bytes' in read) return decodeText(read.bytes, file, t);
  return { finding: findingAtPosition(file, 1, 1, 'file/unreadable', sayReadProblem(read, t)) };
}

/** Why a file's bytes could not be read. */
export type ReadProblem =
  | { problem: 'folder' }
  | { problem: 'not-regular' }
  | { problem: 'too-large'; size: number; max: number }
  | { problem: 'error'; cause: string };

/**
 * Reads a regular file of at most `maxBytes`: a pipe, a device (/dev/zero), a folder or a bigger
 * file is refused at once, so that no path makes yuan wait, or read without end.
 */
export async function readRegularFile(
  path: string,
  maxBytes: number,
): Promise<{ bytes: Buffer } | ReadProblem> {
  try {
    // Open, then ask the open handle what it is: one lookup of the path, and what is read is
    // exactly what was checked.
    const handle = await open(path, OPEN_FLAGS);
    try {
      return await readRegular(handle, maxBytes);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { problem: 'error', cause: causeOf(error) };
  }
}

/** The message of a plan file's read problem (rule `file/unreadable`), with what to do. */
function sayReadProblem(read: ReadProblem, t: Translate): string {
  switch (read.problem) {
    case 'folder':
      return t('load.is-folder');
    case 'not-regular':
      return t('load.not-regular');
    case 'too-large':
      return t('load.too-large', { size: read.size, max: read.max });
    case 'error':
      return t('load.cannot-read', { cause: read.cause });
  }
}

/** The bytes of an open regular file of at most `maxBytes`, or why not. */
async function readRegular(
  handle: FileHandle,
  maxBytes: number,
): Promise<{ bytes: Buffer } | ReadProblem> {
  const info = await handle.stat();
  if (!info.isFile()) return { problem: info.isDirectory() ? 'folder' : 'not-regular' };
  if (info.size > maxBytes) return { problem: 'too-large', size: info.size, max: maxBytes };
  // Read one byte past the limit: a file that grew after fstat is still refused.
  const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
  // A regular file reads short only at its end: one read is enough.
  const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
  if (bytesRead > maxBytes) return { problem: 'too-large', size: bytesRead, max: maxBytes };
  return { bytes: buffer.subarray(0, bytesRead) };
}

/** Decodes UTF-8 (a BOM is dropped); NUL bytes or invalid sequences are located findings. */
export function decodeText(bytes: Uint8Array, file: string, t: Translate): SourceText {
  const nul = bytes.indexOf(0);
  // Valid text, nearly every file, is checked once and decoded once.
  if (nul < 0 && isUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), bytes };
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const badAt = nul >= 0 ? decoded.indexOf('\0') : Math.max(0, decoded.indexOf('\uFFFD'));
  const before = decoded.slice(0, badAt).split('\n');
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  const message = nul >= 0 ? t('load.binary') : t('load.not-utf8');
  return { finding: findingAtPosition(file, line, column, 'file/unreadable', message) };
}

function causeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ?? (error instanceof Error ? error.message : String(error));
}
