import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { byUrgency, interactivePrompter } from '../../src/cli/drill/interactive-prompter.js';
import type { OpenDecision } from '../../src/drill/open-decision.js';
import { runDrill } from '../../src/drill/run-drill.js';
import type { DrillEvent, Plan, Scenario } from '../../src/model/index.js';
import { en } from '../helpers/translate.js';
import { FakeRealClock } from '../unit/drill/fake-real-clock.js';
import { basePlan, engineFor, scenario } from '../unit/drill/engine-fixture.js';
import { captureOutput, FakeSignals, journal, scriptedSelect } from './interactive-fixture.js';

const M = 60_000;

/** `go` at once opens `pick` (target 1h, timeout 2h); a note falls due at 1h. */
const goThenNote = scenario(`  - { id: alarm, at: 0s, message: "Alarm <b>&</b>", event: go }
  - { id: note, at: 1h, message: A note arrives }`);

type Prompt = Parameters<Parameters<typeof scriptedSelect>[0][number]>[0];
/** One prompt's part of a test, with the fake clock and SIGINT source at hand. */
type Turn = (
  prompt: Prompt,
  tools: { clock: FakeRealClock; signals: FakeSignals },
) => Promise<void> | void;

/** Plays the base plan through the drill engineer's session runner with the interactive prompter. */
async function play(turns: Turn[], scenarioText = goThenNote) {
  const engine = engineFor(basePlan, scenarioText);
  const tools = { clock: new FakeRealClock(), signals: new FakeSignals() };
  const output = captureOutput();
  const written = journal();
  const { select, screens } = scriptedSelect(turns.map((turn) => (prompt) => turn(prompt, tools)));
  const prompter = interactivePrompter({
    plan: parse(basePlan) as Plan,
    scenario: parse(scenarioText) as Scenario,
    t: en,
    color: new Chalk({ level: 0 }),
    output,
    clock: tools.clock,
    select,
    signals: tools.signals,
  });
  const status = await runDrill(engine, {
    prompter,
    clock: tools.clock,
    pace: 60,
    record: written.record,
  });
  return { status, screens, output: output.text(), events: written.events, tools };
}

const answered = (events: DrillEvent[], decision: string) =>
  events.find((event) => event.type === 'decision-answered' && event.decision === decision);

describe('the interactive prompter in the session runner', () => {
  it('draws the screen, counts down each real second and records the answer', async () => {
    const result = await play([
      (prompt, { clock }) => {
        expect(prompt.getScreen()).toContain('[chief] pick: Pick');
        expect(prompt.getScreen()).toContain(
          '⏱ 1:00 real left to the 1h target · scenario time d0 00:00',
        );
        clock.advance(1_000);
        expect(prompt.getScreen()).toContain('⏱ 0:59 real left');
        clock.advance(14_000);
        expect(prompt.getScreen()).toContain(
          '⏱ 0:45 real left to the 1h target · scenario time d0 00:15',
        );
        expect(prompt.getScreen()).toMatch(/❯ 1\. stay {2}Stay\n {2}2\. finish {2}Finish/);
        prompt.events.keypress('down');
        prompt.events.keypress('enter');
      },
    ]);
    expect(result.status).toBe('finished');
    expect(result.screens[0]).toContain('✔ [chief] pick: Pick finish  Finish');
    expect(result.output).toContain('Base · Sc');
    expect(result.output).toContain('Scenario time d0 00:00 · stage work (Work) · response');
    expect(result.output).toContain('You play: chief · pace 60');
    expect(result.output).toMatch(/d0 00:00 {2}inject {3}alarm: Alarm <b>&<\/b>/);
    expect(result.output).toContain('standby → work (Work), response, after an inject');
    expect(result.output).toContain(
      '1. pick: Pick — chief — opened d0 00:00 — target d0 01:00 (1h; 1:00 real left) — times out d0 02:00 (stay)',
    );
    expect(answered(result.events, 'pick')).toMatchObject({
      option: 'finish',
      latency: 15 * M,
      by: 'player',
    });
    expect(result.events.at(-1)).toMatchObject({ type: 'end', reason: 'final' });
  });

  it('interrupts the prompt when an inject falls due, shows it, and asks again from the original opening', async () => {
    const result = await play([
      (prompt, { clock }) => {
        prompt.events.keypress('down'); // a choice under way is dropped by the interruption
        clock.advance(60_000); // one real minute at pace 60: the note at 1h falls due
      },
      (prompt, { clock }) => {
        expect(prompt.getScreen()).toContain(
          '⏱ 0:00 real left to the 1h target · scenario time d0 01:00',
        );
        expect(prompt.getScreen()).toContain('❯ 1. stay');
        clock.advance(10_000);
        expect(prompt.getScreen()).toContain(
          '⏱ 0:10 real late to the 1h target · scenario time d0 01:10',
        );
        prompt.events.keypress('2'); // jump to the second option by its number
        prompt.events.keypress('enter');
      },
    ]);
    const [first, second] = result.output.split('Base · Sc').slice(1) as [string, string];
    expect(first).toContain('alarm: Alarm');
    expect(second).toContain('Scenario time d0 01:00');
    expect(second).toMatch(/What happened\n {2}d0 01:00 {2}inject {2}note: A note arrives\n\n/);
    expect(second).not.toContain('alarm: Alarm');
    expect(second).toContain('opened d0 00:00 — target d0 01:00 (1h; 0:00 real left)');
    const opened = result.events.filter((event) => event.type === 'decision-opened');
    expect(opened.filter((event) => event.decision === 'pick')).toHaveLength(1);
    expect(result.events.map((event) => event.type)).toContain('inject');
    // The latency counts from the opening at 0, across the interruption: 60 + 10 real seconds.
    expect(answered(result.events, 'pick')).toMatchObject({
      option: 'finish',
      at: 70 * M,
      latency: 70 * M,
    });
  });

  it("counts down to the scenario expectation's target, the one the score uses", async () => {
    const expecting4h = scenario(`  - id: alarm
    at: 0s
    message: Alarm
    event: go
    expect: [{ decision: pick, within: 4h }]`);
    const result = await play(
      [
        (prompt) => {
          expect(prompt.getScreen()).toContain(
            '⏱ 4:00 real left to the 4h target · scenario time d0 00:00',
          );
          prompt.events.keypress('2');
          prompt.events.keypress('enter');
        },
      ],
      expecting4h,
    );
    expect(result.output).toContain(
      '1. pick: Pick — chief — opened d0 00:00 — target d0 04:00 (4h; 4:00 real left) — times out d0 02:00 (stay)',
    );
    expect(result.output).toMatch(/opens {4}pick \(Pick\) for chief, target 4h\n/);
    expect(result.status).toBe('finished');
  });

  it('stops on Ctrl-C in the prompt, keeping what the journal has', async () => {
    const result = await play([
      (prompt, { clock }) => {
        clock.advance(5_000);
        prompt.events.keypress({ name: 'c', ctrl: true });
      },
    ]);
    expect(result.status).toBe('quit');
    expect(result.events.map((event) => event.type)).toEqual([
      'start',
      'stage-entered',
      'inject',
      'stage-entered',
      'decision-opened',
      'decision-opened',
      'decision-opened',
      'decision-answered',
      'decision-answered',
    ]);
    expect(result.tools.signals.listenerCount('SIGINT')).toBe(0);
  });

  it('stops on a SIGINT while a prompt is open', async () => {
    const result = await play([(_prompt, { signals }) => signals.interrupt()]);
    expect(result.status).toBe('quit');
    expect(result.events.at(-1)?.type).not.toBe('end');
    expect(result.tools.signals.listenerCount('SIGINT')).toBe(0);
  });
});

describe('byUrgency', () => {
  const open = (
    decision: string,
    openedAt: number,
    target: number | null,
    timeoutAt: number | null,
  ) => ({ decision, openedAt, target, timeoutAt }) as OpenDecision;

  it('asks first what falls due first: target or timeout, then the oldest', () => {
    const decisions = [
      open('two-hours', 0, 120 * M, null),
      open('one-hour', 0, 60 * M, null),
      open('timeout-soon', 0, null, 30 * M),
      open('no-deadline-old', 0, null, null),
      open('no-deadline-new', 10 * M, null, null),
      open('opened-later', 50 * M, 60 * M, null),
    ];
    expect(byUrgency(decisions).map((item) => item.decision)).toEqual([
      'timeout-soon',
      'one-hour',
      'opened-later',
      'two-hours',
      'no-deadline-old',
      'no-deadline-new',
    ]);
  });
});
