/** ref/*: every reference names something the plan defines; each finding is placed on the reference. */
import { resolvePlanPath } from '../../../src/lint/ref/plan.js';
import { describe, expect, it } from 'vitest';
import { lintAnswersText, lintPlanText, lintScenarioText, places, tokens } from './lint-yaml.js';

const head = `yuan: 1
kind: plan
id: p
title: P
`;

describe('ref/stage', () => {
  const plan = (target: string, during = 'lockdown') => `${head}resources:
  mask: { title: Masks, stock: 1, demand: [{ rate: 1, per: resident, during: [${during}] }] }
stages:
  standby:
    title: Standby
    phase: preparation
    initial: true
    on:
      alert: ${target}
      case: [{ goto: ${target}, when: { var: cases, gt: 0 } }]
    decisions:
      - id: d
        title: D
        owner: r
        options: [{ id: o, title: O, goto: ${target} }]
        timeout: { after: 1h, choose: o }
    after:
      - { in: 1d, goto: ${target} }
  lockdown: { title: Lockdown, phase: response, final: true }
`;

  it('accepts targets and during entries that name stages or phases', () => {
    expect(lintPlanText(plan('lockdown'), { rule: 'ref/stage' })).toEqual([]);
    expect(lintPlanText(plan('lockdown', 'response'), { rule: 'ref/stage' })).toEqual([]);
  });

  it('reports every goto, on and after target that names no stage, once each', () => {
    const text = plan('lockdwn');
    const findings = lintPlanText(text, { rule: 'ref/stage' });
    expect(places(findings)).toEqual(['13:14', '14:22', '19:44', '22:25']);
    expect(tokens(text, findings)).toEqual(['lockdwn', 'lockdwn', 'lockdwn', 'lockdwn']);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toBe(
      'on.alert names stage "lockdwn", which the plan does not have: did you mean "lockdown"?',
    );
    expect(findings[2]!.message).toContain('goto names stage "lockdwn"');
    expect(findings[3]!.message).toContain('after names stage');
  });

  it('reports a during entry that is neither a stage nor a phase', () => {
    const findings = lintPlanText(plan('lockdown', 'respons'), { rule: 'ref/stage' });
    expect(places(findings)).toEqual(['6:79']);
    expect(findings[0]!.message).toContain(
      'during names "respons", which is neither a stage nor a phase: did you mean "response"?',
    );
  });

  it('reports a scenario start that names no stage', () => {
    const scenario = (start: string) => `yuan: 1
kind: scenario
id: s
title: S
plan: plan.yaml
start: ${start}
injects: [{ id: i, at: 0s, message: M }]
`;
    expect(lintScenarioText(scenario('lockdown'), plan('lockdown'), { rule: 'ref/stage' })).toEqual(
      [],
    );
    const findings = lintScenarioText(scenario('nowhere'), plan('lockdown'), { rule: 'ref/stage' });
    expect(places(findings)).toEqual(['6:8']);
    expect(findings[0]!.message).toContain('start names stage "nowhere"');
    expect(findings[0]!.message).toContain('write one of standby, lockdown');
  });
});

describe('ref/role', () => {
  const plan = (role: string) => `${head}scope: { sites: { checkpoint: 3 } }
roles:
  lead: { title: Lead, function: command, deputy: ${role} }
  second: { title: Second, function: command }
resources:
  mask: { title: Masks, stock: 9, demand: [{ rate: 1, per: ${role}, during: [a] }] }
stages:
  a:
    title: A
    phase: response
    tasks: [{ id: t, title: T, owner: ${role} }]
    decisions: [{ id: d, title: D, owner: ${role}, options: [{ id: o, title: O }] }]
`;

  it('accepts owners, deputies and bases that exist', () => {
    expect(lintPlanText(plan('second'), { rule: 'ref/role' })).toEqual([]);
    expect(
      lintPlanText(plan('second').replace('per: second', 'per: checkpoint'), { rule: 'ref/role' }),
    ).toEqual([]);
  });

  it('reports the deputy, the demand per and each owner that name no role', () => {
    const text = plan('secnd');
    const findings = lintPlanText(text, { rule: 'ref/role' });
    expect(places(findings)).toEqual(['15:39', '16:43', '7:51', '10:60']);
    expect(tokens(text, findings)).toEqual(['secnd', 'secnd', 'secnd', 'secnd']);
    expect(findings[0]!.message).toBe(
      'owner names role "secnd", which the plan does not have: did you mean "second"?',
    );
    expect(findings[2]!.message).toContain('deputy names role "secnd"');
    expect(findings[3]!.message).toContain(
      'per names "secnd", which is neither resident, household, a site of scope.sites nor a role',
    );
  });

  it('reports a role that is its own deputy', () => {
    const text = plan('second').replace('deputy: second', 'deputy: lead');
    const findings = lintPlanText(text, { rule: 'ref/role' });
    expect(places(findings)).toEqual(['7:51']);
    expect(tokens(text, findings)).toEqual(['lead']);
    expect(findings[0]!.message).toContain('role lead names itself as its deputy');
  });

  it('reports scenario players that name no role', () => {
    const scenario = `yuan: 1
kind: scenario
id: s
title: S
plan: plan.yaml
players: [lead, boss]
injects: [{ id: i, at: 0s, message: M }]
`;
    const findings = lintScenarioText(scenario, plan('second'), { rule: 'ref/role' });
    expect(places(findings)).toEqual(['6:17']);
    expect(findings[0]!.message).toContain('players names role "boss"');
  });
});

describe('ref/resource', () => {
  const plan = (key: string) => `${head}resources:
  leaflet: { title: Leaflets, stock: 200 }
stages:
  a:
    title: A
    phase: warning
    tasks:
      - { id: post, title: Post notices, uses: { ${key}: 103 } }
`;

  it('accepts uses keys that name resources', () => {
    expect(lintPlanText(plan('leaflet'), { rule: 'ref/resource' })).toEqual([]);
  });

  it('reports a uses key that names no resource, on the key', () => {
    const findings = lintPlanText(plan('leaflets'), { rule: 'ref/resource' });
    expect(places(findings)).toEqual(['12:50']);
    expect(findings[0]!.message).toBe(
      'uses names resource "leaflets", which the plan does not have: did you mean "leaflet"?',
    );
  });
});

describe('ref/variable', () => {
  const plan = (name: string) => `${head}variables:
  cases: { initial: 0 }
stages:
  a:
    title: A
    phase: warning
    on:
      case:
        - { goto: b, when: { all: [{ var: cases, gt: 0 }, { not: { var: ${name}, eq: 3 } }] } }
    decisions:
      - id: d
        title: D
        owner: r
        options: [{ id: o, title: O, set: { ${name}: 1 } }]
  b: { title: B, phase: response }
`;

  it('accepts conditions and assignments on declared variables', () => {
    expect(lintPlanText(plan('cases'), { rule: 'ref/variable' })).toEqual([]);
  });

  it('reports a nested when.var and an option set key that name no variable', () => {
    const text = plan('case');
    const findings = lintPlanText(text, { rule: 'ref/variable' });
    expect(places(findings)).toEqual(['13:73', '18:45']);
    expect(tokens(text, findings)).toEqual(['case', 'case']);
    expect(findings[0]!.message).toBe(
      'when.var names variable "case", which the plan does not declare: did you mean "cases"?',
    );
    expect(findings[1]!.message).toContain('set names variable "case"');
  });

  it('suggests declaring the variable when the plan has none', () => {
    const text = plan('cases').replace('variables:\n  cases: { initial: 0 }\n', '');
    const findings = lintPlanText(text, { rule: 'ref/variable' });
    expect(findings.map((finding) => finding.pointer)).toEqual([
      '/stages/a/on/case/0/when/all/0/var',
      '/stages/a/on/case/0/when/all/1/not/var',
      '/stages/a/decisions/0/options/0/set/cases',
    ]);
    expect(findings[0]!.message).toContain(
      'declare it under variables, e.g. cases: { initial: 0 }',
    );
  });

  it('reports an inject set key that names no variable', () => {
    const scenario = `yuan: 1
kind: scenario
id: s
title: S
plan: plan.yaml
injects:
  - { id: i, at: 0s, message: M, set: { cases: 1, deaths: 1 } }
`;
    const findings = lintScenarioText(scenario, plan('cases'), { rule: 'ref/variable' });
    expect(places(findings)).toEqual(['7:51']);
    expect(findings[0]!.message).toContain('set names variable "deaths"');
  });
});

describe('ref/level', () => {
  const plan = (level: string) => `${head}levels:
  i: { title: Level I }
  ii: { title: Level II }
stages:
  a: { title: A, phase: response, level: ${level} }
`;

  it('accepts a declared level', () => {
    expect(lintPlanText(plan('ii'), { rule: 'ref/level' })).toEqual([]);
  });

  it('reports an undeclared level on its value', () => {
    const findings = lintPlanText(plan('iii'), { rule: 'ref/level' });
    expect(places(findings)).toEqual(['9:42']);
    expect(findings[0]!.message).toBe(
      'level "iii" is not one of the plan\'s levels: did you mean "ii"?',
    );
  });
});

describe('ref/decision', () => {
  const plan = (decision: string, option: string) => `${head}roles:
  lead: { title: Lead, function: command, authority: [${decision}] }
stages:
  a:
    title: A
    phase: warning
    decisions:
      - id: lock
        title: Lock?
        owner: lead
        options: [{ id: lock-now, title: Now }, { id: wait, title: Wait }]
        timeout: { after: 6h, choose: ${option} }
`;
  const scenario = (decision: string, option: string) => `yuan: 1
kind: scenario
id: s
title: S
plan: plan.yaml
injects:
  - id: i
    at: 0s
    message: M
    expect: [{ decision: ${decision}, best: [${option}], acceptable: [wait] }]
`;

  it('accepts authority, timeout, expectations and answers that name real decisions and options', () => {
    expect(lintPlanText(plan('lock', 'lock-now'), { rule: 'ref/decision' })).toEqual([]);
    expect(
      lintScenarioText(scenario('lock', 'lock-now'), plan('lock', 'wait'), {
        rule: 'ref/decision',
      }),
    ).toEqual([]);
  });

  it('reports an authority entry and a timeout.choose that name nothing', () => {
    const text = plan('lockdown', 'lock');
    const findings = lintPlanText(text, { rule: 'ref/decision' });
    expect(places(findings)).toEqual(['6:55', '16:39']);
    expect(tokens(text, findings)).toEqual(['lockdown', 'lock']);
    expect(findings[0]!.message).toContain(
      'authority names decision "lockdown", which the plan does not have',
    );
    expect(findings[1]!.message).toBe(
      'timeout.choose names option "lock", which decision lock does not offer: write one of lock-now, wait',
    );
  });

  it('reports an expected decision that does not exist, and an expected option it does not offer', () => {
    const base = plan('lock', 'wait');
    const missing = lintScenarioText(scenario('lok', 'lock-now'), base, { rule: 'ref/decision' });
    expect(places(missing)).toEqual(['10:26']);
    expect(tokens(scenario('lok', 'lock-now'), missing)).toEqual(['lok']);
    expect(missing[0]!.message).toContain('expect names decision "lok"');
    expect(missing[0]!.message).toContain('did you mean "lock"?');
    const option = lintScenarioText(scenario('lock', 'lock-later'), base, { rule: 'ref/decision' });
    expect(tokens(scenario('lock', 'lock-later'), option)).toEqual(['lock-later']);
    expect(option[0]!.message).toContain('best names option "lock-later"');
  });

  it('reports answers that name a missing decision or option', () => {
    const answers = `answers:
  - { decision: lock, option: wait, after: 1h }
  - { decision: lock, option: later, after: 1h }
  - { decision: unlock, option: wait, after: 1h }
`;
    const findings = lintAnswersText(answers, plan('lock', 'wait'), { rule: 'ref/decision' });
    expect(places(findings)).toEqual(['3:31', '4:17']);
    expect(tokens(answers, findings)).toEqual(['later', 'unlock']);
    expect(findings[0]!.message).toContain('option names option "later"');
    expect(findings[1]!.message).toContain('decision names decision "unlock"');
  });
});

describe('ref/event', () => {
  const plan = `${head}stages:
  a: { title: A, phase: warning, on: { confirmed-case: b } }
  b: { title: B, phase: response }
`;
  const scenario = (event: string) => `yuan: 1
kind: scenario
id: s
title: S
plan: plan.yaml
injects:
  - { id: i, at: 0s, message: M, event: ${event} }
`;

  it('accepts an event that a stage handles', () => {
    expect(lintScenarioText(scenario('confirmed-case'), plan, { rule: 'ref/event' })).toEqual([]);
  });

  it('warns about an event that no stage handles', () => {
    const findings = lintScenarioText(scenario('confirmed-cases'), plan, { rule: 'ref/event' });
    expect(places(findings)).toEqual(['7:41']);
    expect(tokens(scenario('confirmed-cases'), findings)).toEqual(['confirmed-cases']);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toBe(
      'no stage handles event "confirmed-cases", so this inject moves nothing: did you mean "confirmed-case"?',
    );
  });
});

describe('ref/plan (the path arithmetic the validate pipeline uses)', () => {
  it('resolves plan: against the scenario folder and keeps it inside the repository', () => {
    const inside = resolvePlanPath('/repo/scenarios/s.yaml', '../plans/p.yaml', '/repo');
    expect(inside).toEqual({ path: '/repo/plans/p.yaml', inside: true });
  });

  it('refuses a path that climbs out of the repository or is absolute elsewhere', () => {
    expect(resolvePlanPath('/repo/s.yaml', '../etc/p.yaml', '/repo').inside).toBe(false);
    expect(resolvePlanPath('/repo/s.yaml', '/etc/p.yaml', '/repo').inside).toBe(false);
    // A sibling folder whose name starts like the root is still outside.
    expect(resolvePlanPath('/repo/s.yaml', '../repo2/p.yaml', '/repo').inside).toBe(false);
    expect(resolvePlanPath('/repo/s.yaml', '..foo/p.yaml', '/repo').inside).toBe(true);
  });
});
