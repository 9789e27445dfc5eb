/** Generated plans of any size for the compile benchmark and the route tests. */
import type { Plan, Stage } from '../../src/model/plan.js';
import { PHASES } from '../../src/model/plan.js';

/**
 * A plan of `count` stages in a line `s-0` -> `s-{count-1}` (final), with shortcuts by guarded
 * events, decisions (with timeouts) and `after` delays, so the number of routes grows
 * exponentially; with `cycles`, some stages also lead back three stages.
 */
export function generatePlan(count: number, options: { cycles?: boolean } = {}): Plan {
  const id = (index: number) => `s-${index}`;
  const stages: Record<string, Stage> = {};
  for (let i = 0; i < count; i++) {
    const stage: Stage = {
      title: `Stage ${i} 阶段`,
      phase: PHASES[Math.min(3, Math.floor((4 * i) / count))]!,
    };
    if (i === 0) stage.initial = true;
    if (i === count - 1) {
      stage.final = true;
      stages[id(i)] = stage;
      continue;
    }
    stage.on = { next: id(i + 1) };
    if (i % 3 === 0 && i + 2 < count) {
      stage.on.alert = [
        { goto: id(i + 2), when: { var: 'level', gt: i % 5 } },
        { goto: id(i + 1) },
      ];
    }
    if (options.cycles && i % 7 === 6) stage.on.back = id(i - 3);
    if (i % 2 === 0 && i + 2 < count) {
      stage.decisions = [
        {
          id: `d-${i}`,
          title: `Decision ${i}`,
          owner: 'lead',
          within: '2h',
          options: [
            { id: 'jump', title: 'Jump', goto: id(i + 2), set: { level: i % 5 } },
            { id: 'hold', title: 'Hold' },
          ],
          timeout: { after: '6h', choose: 'jump' },
        },
      ];
    }
    if (i % 4 === 1) stage.after = [{ in: '1d', goto: id(i + 1) }];
    stages[id(i)] = stage;
  }
  return {
    yuan: 1,
    kind: 'plan',
    id: `generated-${count}`,
    title: `Generated plan of ${count} stages`,
    variables: { level: { title: 'Level', initial: 0 } },
    roles: { lead: { title: 'Lead', function: 'command', count: 1, authority: 'all' } },
    stages,
  };
}
