import { describe, expect, it } from 'vitest';
import { graphDeadEndRule } from '../../../../src/lint/graph/dead-end.js';
import { graphFinalRule } from '../../../../src/lint/graph/final.js';
import { graphInitialRule } from '../../../../src/lint/graph/initial.js';
import { graphTrapRule } from '../../../../src/lint/graph/trap.js';
import { graphUnreachableRule } from '../../../../src/lint/graph/unreachable.js';
import { rules } from '../../../../src/lint/rules.js';
import { checkRule, planText } from './check-rule.js';

const graphRules = [
  graphInitialRule,
  graphFinalRule,
  graphUnreachableRule,
  graphDeadEndRule,
  graphTrapRule,
];

describe('graph rules', () => {
  it('are registered in the order of rules.md', () => {
    const ids = rules.map((rule) => rule.id).filter((id) => id.startsWith('graph/'));
    expect(ids).toEqual([
      'graph/initial',
      'graph/final',
      'graph/unreachable',
      'graph/dead-end',
      'graph/trap',
    ]);
  });

  for (const rule of graphRules) {
    describe(rule.id, () => {
      it('is an error with bilingual docs', () => {
        expect(rule.severity).toBe('error');
        for (const text of [rule.docs.summary, rule.docs.explanation]) {
          expect(text.en).not.toBe('');
          expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
        }
      });
    });
  }
});

const ok = `stages:
  standby: { title: S, phase: preparation, initial: true, on: { alert: warning } }
  warning:
    title: W
    phase: warning
    decisions:
      - id: lock
        title: Lock?
        owner: boss
        options: [{ id: yes, title: Y, goto: response }, { id: no, title: N }]
        timeout: { after: 6h, choose: yes }
    after: [{ in: 14d, goto: standby }]
  response: { title: R, phase: response, on: { done: { goto: recovery, when: { var: x, eq: 0 } } } }
  recovery: { title: C, phase: recovery, final: true }
`;

describe('a sound plan', () => {
  it('passes every graph rule', () => {
    for (const rule of graphRules) expect(checkRule(rule, planText(ok)), rule.id).toEqual([]);
  });
});

describe('graph/initial', () => {
  it('asks for an initial stage at the stages key when there is none', () => {
    const found = checkRule(graphInitialRule, planText(ok.replace('initial: true, ', '')));
    expect(found).toEqual([
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types asymmetric matchers as any
      { pointer: '/stages', part: 'key', message: expect.stringContaining('initial: true') },
    ]);
  });
  it('reports every initial stage after the first, naming the first', () => {
    const found = checkRule(
      graphInitialRule,
      planText(ok.replace('phase: response,', 'phase: response, initial: true,')),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.pointer).toBe('/stages/response/initial');
    expect(found[0]!.message).toContain('"standby"');
  });
});

describe('graph/final', () => {
  it('asks for a final stage when there is none', () => {
    const found = checkRule(graphFinalRule, planText(ok.replace('final: true', 'final: false')));
    expect(found.map((f) => f.pointer)).toEqual(['/stages']);
  });
  it('reports each way out of a final stage at its goto, even a dangling one', () => {
    const text = planText(
      ok.replace(
        'final: true }',
        'final: true, on: { x: standby, y: nowhere }, after: [{ in: 1d, goto: standby }] }',
      ),
    );
    const found = checkRule(graphFinalRule, text);
    expect(found.map((f) => f.pointer).sort()).toEqual([
      '/stages/recovery/after/0/goto',
      '/stages/recovery/on/x',
      '/stages/recovery/on/y',
    ]);
    expect(found.find((f) => f.pointer.endsWith('after/0/goto'))!.message).toContain('`after: 1d`');
  });
});

describe('graph/unreachable', () => {
  it('reports a stage nothing leads to, at its key', () => {
    const text = planText(ok + '  orphan: { title: O, phase: response, on: { go: recovery } }\n');
    const found = checkRule(graphUnreachableRule, text);
    expect(found).toEqual([
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types asymmetric matchers as any
      { pointer: '/stages/orphan', part: 'key', message: expect.stringContaining('"orphan"') },
    ]);
  });
  it('counts a stage reached only by an after as reachable', () => {
    const text = planText(
      ok
        .replace('goto: response }, { id: no', 'goto: standby }, { id: no')
        .replace('in: 14d, goto: standby', 'in: 14d, goto: response'),
    );
    expect(checkRule(graphUnreachableRule, text)).toEqual([]);
  });
  it('says nothing without an initial stage (graph/initial speaks)', () => {
    expect(checkRule(graphUnreachableRule, planText(ok.replace('initial: true, ', '')))).toEqual(
      [],
    );
  });
});

describe('graph/dead-end', () => {
  it('reports a non-final stage without a way out', () => {
    const text = planText(
      ok.replace(
        'on: { done: { goto: recovery, when: { var: x, eq: 0 } } }',
        'after: [{ in: 1d, goto: response }]',
      ),
    );
    const found = checkRule(graphDeadEndRule, text);
    // A transition back to the same stage is no way out.
    expect(found.map((f) => f.pointer)).toEqual(['/stages/response']);
    expect(found[0]!.message).toContain('final: true');
  });
  it('counts a dangling goto as a way out (ref/stage reports it)', () => {
    const text = planText(ok.replace('goto: recovery, when', 'goto: nowhere, when'));
    expect(checkRule(graphDeadEndRule, text)).toEqual([]);
  });
});

describe('graph/trap', () => {
  it('reports stages that lead only to each other', () => {
    const text = planText(
      ok.replace(
        'on: { done: { goto: recovery, when: { var: x, eq: 0 } } }',
        'on: { calm: warning }',
      ),
    );
    const found = checkRule(graphTrapRule, text);
    expect(found.map((f) => f.pointer)).toEqual([
      '/stages/standby',
      '/stages/warning',
      '/stages/response',
    ]);
    expect(found[2]!.message).toContain('"warning"');
    expect(found[2]!.message).toContain('"recovery"');
  });
  it('leaves dead ends to graph/dead-end and dangling gotos to ref/stage', () => {
    const deadEnd = planText(
      ok.replace('on: { done: { goto: recovery, when: { var: x, eq: 0 } } }', 'tasks: []'),
    );
    expect(checkRule(graphTrapRule, deadEnd).map((f) => f.pointer)).not.toContain(
      '/stages/response',
    );
    const dangling = planText(ok.replace('goto: recovery, when', 'goto: nowhere, when'));
    expect(checkRule(graphTrapRule, dangling)).toEqual([]);
  });
  it('ignores unreachable stages (graph/unreachable speaks)', () => {
    const text = planText(
      ok +
        '  orphan: { title: O, phase: response, on: { go: orphan-two } }\n  orphan-two: { title: O, phase: response, on: { go: orphan } }\n',
    );
    expect(checkRule(graphTrapRule, text)).toEqual([]);
  });
});
