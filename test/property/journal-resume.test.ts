/**
 * Resuming a drill from any prefix of its journal (written as JSON Lines, possibly with a torn last
 * line, read back by the journal codec) gives exactly the events of the uninterrupted drill.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeJournal,
  encodeJournalLine,
  encodeJournalLines,
} from '../../src/model/journal-codec.js';
import { Draw } from './arbitraries/draw.js';
import { validPlan } from './arbitraries/plan-arbitrary.js';
import { answersFor } from './arbitraries/scenario-arbitrary.js';
import { assertProperty } from '../helpers/property-runs.js';
import { playDrill } from './support/drill.js';

/** How many cut points of one journal are tried (the first and the last always). */
const CUTS_PER_DRILL = 6;

describe('resuming a drill', () => {
  it('from any prefix of its journal gives the uninterrupted drill', async () => {
    await assertProperty(
      fc.asyncProperty(
        validPlan.chain((plan) => fc.tuple(fc.constant(plan), answersFor(plan), fc.gen())),
        async ([plan, answers, g]) => {
          const draw = new Draw(g);
          const whole = await playDrill(plan, answers);
          const cuts = new Set([1, whole.length - 1]);
          while (cuts.size < Math.min(CUTS_PER_DRILL, whole.length - 1)) {
            cuts.add(draw.int(1, whole.length - 1));
          }
          for (const cut of cuts) {
            // The journal as a killed process leaves it: whole lines, maybe half of the next one.
            let text = encodeJournalLines(whole.slice(0, cut));
            const next = encodeJournalLine(whole[cut]!);
            if (draw.chance(0.5)) text += next.slice(0, draw.int(1, next.length - 1));
            const read = decodeJournal(text);
            if (!('journal' in read)) throw new Error(`journal refused: ${JSON.stringify(read)}`);
            expect(read.journal.events).toEqual(whole.slice(0, cut));
            expect(await playDrill(plan, answers, read.journal.events)).toEqual(whole);
          }
        },
      ),
      25,
    );
  });
});
