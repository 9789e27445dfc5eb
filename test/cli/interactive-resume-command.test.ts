import { describe, expect, it } from 'vitest';
import { resumeCommand } from '../../src/cli/drill/interactive-resume-command.js';

describe('resumeCommand', () => {
  it.each([
    [
      '.yuan/drills/x-2026-01-02T03-04-05Z.jsonl',
      'npx yuan drill --resume .yuan/drills/x-2026-01-02T03-04-05Z.jsonl',
    ],
    ['my drills/a b.jsonl', "npx yuan drill --resume 'my drills/a b.jsonl'"],
    ["it's.jsonl", "npx yuan drill --resume 'it'\\''s.jsonl'"],
    ['$(rm -rf x).jsonl', "npx yuan drill --resume '$(rm -rf x).jsonl'"],
  ])('%s', (journal, command) => expect(resumeCommand(journal)).toBe(command));
});
