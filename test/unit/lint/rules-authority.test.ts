/** authority/*: owners with the authority to decide, and urgent decisions not held by one person alone. */
import { describe, expect, it } from 'vitest';
import { lintPlanText, places, tokens } from './lint-yaml.js';

const plan = (roles: string, within = '2h') => `yuan: 1
kind: plan
id: p
title: P
roles:
${roles}stages:
  a:
    title: A
    phase: warning
    decisions:
      - id: lock
        title: Lock?
        owner: secretary
        within: ${within}
        options: [{ id: now, title: Now }]
`;

describe('authority/escalation', () => {
  it('accepts an owner whose authority lists the decision, or is all', () => {
    const listed = '  secretary: { title: S, function: command, authority: [lock] }\n';
    const all = '  secretary: { title: S, function: command, authority: all }\n';
    expect(lintPlanText(plan(listed), { rule: 'authority/escalation' })).toEqual([]);
    expect(lintPlanText(plan(all), { rule: 'authority/escalation' })).toEqual([]);
  });

  it('warns on the owner when it lacks the authority, naming the roles that have it', () => {
    const roles = `  secretary: { title: S, function: command, authority: [other] }
  director: { title: D, function: command, authority: all }
`;
    const text = plan(roles);
    const findings = lintPlanText(text, { rule: 'authority/escalation' });
    expect(places(findings)).toEqual(['15:16']);
    expect(tokens(text, findings)).toEqual(['secretary']);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toBe(
      'secretary owns decision lock but has no authority to take it, so in an emergency it waits for someone higher up: add lock to roles.secretary.authority, or make a role that has the authority the owner (director)',
    );
  });

  it('says when no role has the authority at all', () => {
    const text = plan('  secretary: { title: S, function: command }\n');
    const [finding] = lintPlanText(text, { rule: 'authority/escalation' });
    expect(finding!.message).toContain('(no role of the plan has)');
  });

  it('leaves an owner that is not a role to ref/role', () => {
    const text = plan('  director: { title: D, function: command }\n');
    expect(lintPlanText(text, { rule: 'authority/escalation' })).toEqual([]);
  });
});

describe('authority/no-deputy', () => {
  const alone = '  secretary: { title: S, function: command, authority: all }\n';

  it('accepts an urgent decision whose owner has a deputy or several people', () => {
    const deputy = `  secretary: { title: S, function: command, authority: all, deputy: director }
  director: { title: D, function: command, authority: all }
`;
    const several = '  secretary: { title: S, function: command, count: 2, authority: all }\n';
    expect(lintPlanText(plan(deputy), { rule: 'authority/no-deputy' })).toEqual([]);
    expect(lintPlanText(plan(several), { rule: 'authority/no-deputy' })).toEqual([]);
  });

  it('accepts a single owner for a decision that may take longer than 2h', () => {
    expect(lintPlanText(plan(alone, '2h1m'), { rule: 'authority/no-deputy' })).toEqual([]);
  });

  it('warns on the owner of a decision due within 2h held by one person without a deputy', () => {
    const text = plan(alone, '1h30m');
    const findings = lintPlanText(text, { rule: 'authority/no-deputy' });
    expect(places(findings)).toEqual(['14:16']);
    expect(findings[0]!.message).toBe(
      'decision lock is due within 1h30m, but its owner secretary is one person with no deputy: name a deputy (roles.secretary.deputy) or give the role more people, so the decision is taken when secretary is away',
    );
  });

  it('does not count a deputy that names the role itself', () => {
    const self =
      '  secretary: { title: S, function: command, authority: all, deputy: secretary }\n';
    expect(lintPlanText(plan(self), { rule: 'authority/no-deputy' })).toHaveLength(1);
  });
});
