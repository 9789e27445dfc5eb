/** Small documents for the pipeline tests (their folders: test/helpers/temp-folders.ts). */
/** A plan that passes the schema (the lint rules are not run by these tests unless they say so). */
export const PLAN = `yuan: 1
kind: plan
id: mini
title: Mini
stages:
  standby:
    title: Standby
    phase: preparation
    initial: true
    on: { alarm: over }
  over:
    title: Over
    phase: recovery
    final: true
`;

/** A scenario of PLAN, naming its plan by `plan`. */
export function scenarioOf(plan: string, id = 'drill'): string {
  return `yuan: 1
kind: scenario
id: ${id}
title: Drill
plan: ${plan}
injects:
  - id: alarm
    at: 0s
    message: The alarm sounds
    event: alarm
`;
}
