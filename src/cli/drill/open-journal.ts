/**
 * Where a drill's journal goes: `--journal FILE`, the resumed journal, or by default
 * `.yuan/drills/<plan-id>-<scenario-id>-<start time>.jsonl` under the working folder.
 */
import { resolve } from 'node:path';
import { displayName } from '../../check/display-name.js';
import { FatalError, type CommandContext } from '../io.js';
import type { DrillInputs } from './drill-inputs.js';
import { JournalWriter } from './journal-writer.js';
import type { ReadJournal } from '../read-journal.js';

/** An open journal and its name as shown to the user. */
export interface OpenJournal {
  writer: JournalWriter;
  file: string;
}

/** Opens the journal of a new or resumed drill; an existing file is never overwritten. */
export async function openJournal(
  resumed: ReadJournal | undefined,
  chosen: string | undefined,
  inputs: DrillInputs,
  startedAt: string | undefined,
  { io, t }: CommandContext,
): Promise<OpenJournal> {
  if (resumed)
    return {
      writer: await JournalWriter.resume(resumed.path, resumed.wholeBytes),
      file: resumed.file,
    };
  const candidates = chosen !== undefined ? [chosen] : defaultNames(inputs, startedAt);
  for (const [index, file] of candidates.entries()) {
    const path = resolve(io.cwd, file);
    try {
      return {
        writer: await JournalWriter.create(path),
        file: chosen ?? displayName(path, io.cwd),
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && chosen === undefined && index < candidates.length - 1) continue;
      if (code === 'EEXIST') throw new FatalError(t('drill.journal.exists', { file }));
      throw new FatalError(t('cli.cannot-write', { file, cause: code ?? String(error) }));
    }
  }
  throw new FatalError(t('drill.journal.exists', { file: candidates[0]! }));
}

/** The default name, then the same with -2 … -9 for drills started in the same second. */
function defaultNames({ plan, scenario }: DrillInputs, startedAt: string | undefined): string[] {
  // 2026-11-28T20:50:37.123Z -> 2026-11-28T20-50-37Z: safe in file names on every system.
  const stamp = (startedAt ?? new Date(0).toISOString()).replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  const base = `.yuan/drills/${plan.id}-${scenario.id}-${stamp}`;
  return [`${base}.jsonl`, ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${base}-${n}.jsonl`)];
}
