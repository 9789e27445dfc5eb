/** The check service: one way to read and check every kind of input (src/check/check-file.ts). */
import { describe, expect, it } from 'vitest';
import { checkFile, type CheckContext } from '../../../src/check/index.js';
import type { Plan } from '../../../src/model/plan.js';
import { en, zh } from '../../helpers/translate.js';
import { temporaryTree, type TemporaryTree } from '../../helpers/temp-folders.js';

const PLAN = `yuan: 1
kind: plan
id: mini
title: Mini
roles:
  lead: { title: Lead, function: command, authority: all }
stages:
  standby:
    title: Standby
    phase: preparation
    initial: true
    decisions:
      - id: go
        title: Go?
        owner: lead
        options:
          - { id: now, title: Now, goto: over }
          - { id: later, title: Later }
  over:
    title: Over
    phase: recovery
    final: true
`;

let tree: TemporaryTree;

const context = (extra: Partial<CheckContext> = {}): CheckContext => ({
  cwd: tree.root,
  t: en,
  today: '2026-01-01',
  ...extra,
});
const ids = (findings: readonly { ruleId: string }[]) => findings.map((finding) => finding.ruleId);

describe('checkFile', () => {
  it('gives a plan without errors as its document, with the hash of its bytes', async () => {
    tree = temporaryTree({ 'plan.yaml': PLAN });
    const checked = await checkFile(tree.path('plan.yaml'), { kind: 'plan', ctx: context() });
    expect(checked.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(checked.document?.id).toBe('mini');
    expect(checked.sha256).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('refuses a document of another kind than the one expected, on its kind', async () => {
    tree = temporaryTree({ 'answers.yaml': 'kind: answers\nanswers: []\n' });
    const checked = await checkFile(tree.path('answers.yaml'), { kind: 'plan', ctx: context() });
    expect(checked.document).toBeUndefined();
    expect(checked.findings).toMatchObject([{ ruleId: 'schema', line: 1, pointer: '/kind' }]);
    expect(checked.findings[0]!.message).toContain('an answers file (`kind: answers`), not a plan');
  });

  it('checks an answers file that names its plan against that plan, with the rule ref/decision', async () => {
    tree = temporaryTree({
      'plan.yaml': PLAN,
      'answers.yaml':
        'kind: answers\nplan: plan.yaml\nanswers:\n  - { decision: go, option: soon, after: 1h }\n',
    });
    const checked = await checkFile(tree.path('answers.yaml'), { ctx: context() });
    expect(checked.kind).toBe('answers');
    expect(checked.findings).toMatchObject([{ ruleId: 'ref/decision', line: 4, column: 29 }]);
  });

  it('checks answers given to a drill against the drill plan, and lets them leave out kind', async () => {
    tree = temporaryTree({
      'plan.yaml': PLAN,
      'answers.yaml': 'answers:\n  - { decision: stop, option: now, after: 0s }\n',
    });
    const plan = (await checkFile(tree.path('plan.yaml'), { kind: 'plan', ctx: context() }))
      .document as Plan;
    const ctx = context({ plan });
    const checked = await checkFile(tree.path('answers.yaml'), { kind: 'answers', ctx });
    expect(ids(checked.findings)).toEqual(['ref/decision']);
    const fixed = temporaryTree({
      'a.yaml': 'answers:\n  - { decision: go, option: now, after: 0s }\n',
    });
    const good = await checkFile(fixed.path('a.yaml'), { kind: 'answers', ctx });
    expect(good.findings).toEqual([]);
    expect(good.document?.answers).toHaveLength(1);
  });

  it('checks the shape of answers with the schema before any rule', async () => {
    tree = temporaryTree({
      'a.yaml': 'kind: answers\nanswers:\n  - { decision: go, after: soon }\n',
    });
    const checked = await checkFile(tree.path('a.yaml'), { ctx: context() });
    expect(ids(checked.findings)).toEqual(['schema', 'schema']);
  });

  it('applies the config severities to every kind of YAML input', async () => {
    tree = temporaryTree({
      'plan.yaml': PLAN,
      'answers.yaml':
        'kind: answers\nplan: plan.yaml\nanswers:\n  - { decision: go, option: soon, after: 1h }\n',
    });
    const ctx = context({ ruleSettings: { 'ref/decision': 'warn' } });
    const checked = await checkFile(tree.path('answers.yaml'), { ctx });
    expect(checked.findings).toMatchObject([{ ruleId: 'ref/decision', severity: 'warning' }]);
    expect(checked.document).toBeDefined();
  });

  it('reads a config and reports its problems as located findings', async () => {
    tree = temporaryTree({ 'yuan.config.yaml': 'rules:\n  graph/trapp: off\n' });
    const ctx = { cwd: tree.root, t: zh };
    const checked = await checkFile(tree.path('yuan.config.yaml'), { kind: 'config', ctx });
    expect(checked.document).toBeUndefined();
    expect(checked.findings).toMatchObject([{ ruleId: 'config', line: 2 }]);
  });

  it('reads a journal: a torn last line is a warning, damage in the middle an error', async () => {
    const start = JSON.stringify({
      type: 'start',
      journal: 1,
      at: 0,
      plan: '/p.yaml',
      planId: 'mini',
      planHash: 'sha256:0',
      scenario: 's',
      players: [],
      pace: 60,
      version: '0',
      startedAt: '2026-01-01T00:00:00.000Z',
    });
    tree = temporaryTree({
      'torn.jsonl': `${start}\n{"type":"inj`,
      'damaged.jsonl': `${start}\nnot json\n{}\n`,
      'other.jsonl': 'kind: plan\n',
    });
    const ctx = { cwd: tree.root, t: en };
    const torn = await checkFile(tree.path('torn.jsonl'), { kind: 'journal', ctx });
    expect(torn.document?.events).toHaveLength(1);
    expect(torn.findings).toMatchObject([{ ruleId: 'journal', severity: 'warning', line: 2 }]);
    const damaged = await checkFile(tree.path('damaged.jsonl'), { kind: 'journal', ctx });
    expect(damaged.document).toBeUndefined();
    expect(damaged.findings).toMatchObject([{ ruleId: 'journal', severity: 'error', line: 2 }]);
    const other = await checkFile(tree.path('other.jsonl'), { kind: 'journal', ctx });
    expect(other.findings).toMatchObject([{ ruleId: 'journal', line: 1 }]);
  });
});
