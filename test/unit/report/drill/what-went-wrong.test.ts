import { describe, expect, it } from 'vitest';
import type { DrillEvent, Plan } from '../../../../src/model/index.js';
import { whatWentWrong } from '../../../../src/report/drill/what-went-wrong.js';
import { scoreDrill } from '../../../../src/score/score-drill.js';
import { en } from '../../../helpers/translate.js';
import { events, plan, scenario } from './drill-report-fixture.js';

function wrongWith(planNow: Plan, journal: readonly DrillEvent[] = events) {
  return whatWentWrong(scoreDrill(journal, { plan: planNow, scenario }), planNow, en);
}

const lateGo = (items: ReturnType<typeof wrongWith>) =>
  items.find((item) => item.decision.decision === 'go-decision')!.problems[0]!;

describe('whatWentWrong', () => {
  it('asks for a deputy when a busy owner has none', () => {
    expect(lateGo(wrongWith(plan))).toMatchObject({
      kind: 'late',
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types asymmetric matchers as any
      advice: expect.stringContaining('lead had 2 decisions open at once and has no deputy'),
    });
  });

  it('names the deputy when the busy owner has one', () => {
    const withDeputy: Plan = {
      ...plan,
      roles: { ...plan.roles, lead: { ...plan.roles!.lead!, deputy: 'aide' } },
    };
    expect(lateGo(wrongWith(withDeputy)).advice).toBe(
      'lead had 2 decisions open at once: let the deputy aide take some of them',
    );
  });

  it('suggests pre-approving the best option when the owner was not busy', () => {
    // Without the notify opening, go-decision was the lead's only open decision.
    const alone = events.filter((event) => !('decision' in event && event.decision === 'notify'));
    expect(lateGo(wrongWith(plan, alone)).advice).toBe(
      'pre-approve go as a standing instruction with its trigger, so lead can decide at once',
    );
  });

  it('suggests delegating authority when the slow owner lacked it', () => {
    const noAuthority: Plan = {
      ...plan,
      roles: { ...plan.roles, lead: { ...plan.roles!.lead!, authority: [] } },
    };
    expect(lateGo(wrongWith(noAuthority)).advice).toBe(
      'delegate authority: add go-decision to roles.lead.authority, so the front line need not wait for a superior',
    );
  });

  it('names a missing authority once per decision, even when on time', () => {
    const ask = wrongWith(plan).find((item) => item.decision.decision === 'ask')!;
    expect(ask.problems.map((problem) => problem.kind)).toEqual(['acceptable', 'authority']);
  });

  it('lists the scored decisions that lost points, in the order of the score', () => {
    const items = wrongWith({
      ...plan,
      roles: { ...plan.roles, aide: { ...plan.roles!.aide!, authority: 'all' } },
    });
    expect(items.map((item) => item.decision.decision)).not.toContain('npc-decision');
    expect(items.map((item) => item.decision.decision)).toEqual([
      'go-decision',
      'notify',
      'ask',
      'act-now',
      'report-up',
      'spare-decision',
    ]);
  });
});
