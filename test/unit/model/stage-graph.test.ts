import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { deadEnds, reachableFrom, reaching } from '../../../src/model/graph-search.js';
import { buildStageGraph } from '../../../src/model/stage-graph.js';
import type { Plan } from '../../../src/model/plan.js';

const plan = parse(`
yuan: 1
kind: plan
id: p
title: P
stages:
  standby:
    title: S
    phase: preparation
    initial: true
    on:
      alert: warning
      case: [{ goto: response, when: { var: n, gt: 0 } }, { goto: warning, when: { var: n, eq: 0 } }, { goto: standby }]
  warning:
    title: W
    phase: warning
    decisions:
      - id: lock
        title: Lock?
        owner: boss
        within: 2h
        options: [{ id: now, title: Now, goto: response }, { id: wait, title: Wait }]
        timeout: { after: 6h, choose: now }
    after: [{ in: 3h, goto: standby }, { in: 1d, goto: nowhere }]
  response: { title: R, phase: response, on: { done: recovery } }
  recovery: { title: C, phase: recovery, final: true }
`) as Plan;

describe('buildStageGraph', () => {
  const graph = buildStageGraph(plan);

  it('lists stages, the initial and the final stages in plan order', () => {
    expect(graph.stages).toEqual(['standby', 'warning', 'response', 'recovery']);
    expect(graph.initial).toEqual(['standby']);
    expect(graph.finals).toEqual(['recovery']);
  });

  it('labels event edges with their condition and the conditions listed before them', () => {
    const cases = graph.outgoing.get('standby')!.filter((edge) => edge.event === 'case');
    expect(cases.map((edge) => edge.to)).toEqual(['response', 'warning', 'standby']);
    expect(cases[0]!.unless).toBeUndefined();
    expect(cases[1]!.when).toEqual({ var: 'n', eq: 0 });
    expect(cases[1]!.unless).toEqual([{ var: 'n', gt: 0 }]);
    expect(cases[2]!.unless).toHaveLength(2);
    expect(cases[2]!.pointer).toBe('/stages/standby/on/case/2/goto');
  });

  it('labels decision options, timeouts and afters with targets and delays in ms', () => {
    const out = graph.outgoing.get('warning')!;
    expect(out.map((edge) => [edge.kind, edge.to, edge.event, edge.within, edge.delay])).toEqual([
      ['option', 'response', 'lock.now', 7_200_000, undefined],
      ['after', 'standby', undefined, undefined, 10_800_000],
      ['timeout', 'response', 'lock.now', 7_200_000, 21_600_000],
    ]);
    expect(out[2]!.pointer).toBe('/stages/warning/decisions/0/timeout/choose');
  });

  it('marks timers that an earlier after always beats', () => {
    const timeout = graph.outgoing.get('warning')!.find((edge) => edge.kind === 'timeout')!;
    expect(timeout.shadowed).toBe(true);
    expect(
      graph.outgoing.get('warning')!.find((edge) => edge.kind === 'after')!.shadowed,
    ).toBeUndefined();
  });

  it('keeps gotos that name no stage apart', () => {
    expect(graph.dangling.map((edge) => [edge.from, edge.to, edge.pointer])).toEqual([
      ['warning', 'nowhere', '/stages/warning/after/1/goto'],
    ]);
    expect(graph.incoming.get('response')!.map((edge) => edge.from)).toEqual([
      'standby',
      'warning',
      'warning',
    ]);
  });

  it('answers reachability both ways', () => {
    expect([...reachableFrom(graph, ['response'])]).toEqual(['response', 'recovery']);
    expect(reaching(graph, ['recovery'])).toEqual(
      new Set(['recovery', 'response', 'standby', 'warning']),
    );
    expect(deadEnds(graph)).toEqual([]);
  });

  it('tolerates a plan whose timeout chooses no option', () => {
    const broken = structuredClone(plan);
    broken.stages.warning!.decisions![0]!.timeout!.choose = 'missing';
    const edges = buildStageGraph(broken).outgoing.get('warning')!;
    expect(edges.some((edge) => edge.kind === 'timeout')).toBe(false);
  });

  it('marks timers after a timeout that cannot be answered without leaving', () => {
    const blocked = structuredClone(plan);
    const warning = blocked.stages.warning!;
    warning.after = [{ in: '1d', goto: 'standby' }];
    warning.decisions![0]!.options[1]!.goto = 'standby';
    const timers = buildStageGraph(blocked)
      .outgoing.get('warning')!
      .filter((edge) => edge.kind !== 'option');
    expect(timers.map((edge) => [edge.kind, edge.shadowed])).toEqual([
      ['timeout', undefined],
      ['after', true],
    ]);
  });
});
