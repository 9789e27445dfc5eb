/**
 * The journal file: append-only JSON Lines, each batch of events written and flushed to disk
 * (fsync) before the runner shows the next prompt, so a crash loses at most the answer being
 * typed (drill-and-scoring.md, "Journal").
 */
import { mkdir, open, truncate, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { encodeJournalLines } from '../../model/journal-codec.js';
import type { DrillEvent } from '../../model/index.js';

/** An open journal file. */
export class JournalWriter {
  readonly #handle: FileHandle;

  private constructor(handle: FileHandle) {
    this.#handle = handle;
  }

  /** Creates a new journal; refuses to overwrite an existing file (`EEXIST`). */
  static async create(path: string): Promise<JournalWriter> {
    await mkdir(dirname(path), { recursive: true });
    return new JournalWriter(await open(path, 'wx'));
  }

  /** Reopens a journal to continue it, first cutting off a torn last line at `wholeBytes`. */
  static async resume(path: string, wholeBytes: number): Promise<JournalWriter> {
    await truncate(path, wholeBytes);
    return new JournalWriter(await open(path, 'a'));
  }

  /** Appends events, one line each, and waits until they are on disk. */
  async write(events: readonly DrillEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.#handle.write(encodeJournalLines(events));
    await this.#handle.sync();
  }

  async close(): Promise<void> {
    await this.#handle.close();
  }
}
