/**
 * The report and `yuan validate` never disagree: on every plan of the repository, each gap the
 * report's sections show is a finding of the matching rule, and each such finding shows up there.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { pointerOf } from '../../../src/model/pointer.js';
import type { Plan } from '../../../src/model/index.js';
import { buildReadinessReport } from '../../../src/report/readiness/index.js';
import { validateFiles } from '../../../src/check/validate-paths.js';
import { en } from '../../helpers/translate.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
const PLANS = [
  'examples/x-community-as-was.yaml',
  'plans/x-community-epidemic.yaml',
  'examples/urban-flood.yaml',
  'examples/school-fire.yaml',
];
const TODAY = '2026-11-28';

describe.each(PLANS)('%s', (file) => {
  it('shows exactly the readiness, authority and lifecycle findings of validate', async () => {
    const path = `${ROOT}${file}`;
    const plan = parse(await readFile(path, 'utf8')) as Plan;
    const [validated] = await validateFiles([path], { cwd: ROOT, t: en, today: TODAY });
    const findings = validated!.findings;
    const report = buildReadinessReport({ plan, file, today: TODAY, findings });
    const pointers = (ruleId: string) =>
      findings
        .filter((f) => f.ruleId === ruleId)
        .map((f) => f.pointer)
        .sort();

    expect(pointers('readiness/shortfall')).toEqual(
      report.resources
        .filter((r) => r.gap > 0)
        .map((r) => pointerOf('/resources', r.id, 'stock'))
        .sort(),
    );
    const spofDecisions = report.people.roles
      .filter((r) => r.singlePointOfFailure)
      .flatMap((r) => r.owns.filter((o) => o.urgent).map((o) => o.id));
    expect(findings.filter((f) => f.ruleId === 'authority/no-deputy')).toHaveLength(
      spofDecisions.length,
    );
    const escalations = report.people.roles.reduce((sum, r) => sum + r.mustEscalate.length, 0);
    expect(findings.filter((f) => f.ruleId === 'authority/escalation')).toHaveLength(escalations);
    expect(pointers('readiness/inform-public')).toEqual(
      report.coverage.stagesWithoutInform.map((id) => pointerOf('/stages', id)).sort(),
    );
    const noMedical = report.coverage.publicHealth && report.coverage.medicalRoles.length === 0;
    expect(pointers('readiness/medical-role')).toHaveLength(noMedical ? 1 : 0);
    expect(pointers('lifecycle/phases')).toHaveLength(report.coverage.missingPhases.length);
    expect(pointers('lifecycle/review-overdue')).toHaveLength(
      report.lifecycle.review.overdue ? 1 : 0,
    );
    expect(pointers('lifecycle/drill-overdue')).toHaveLength(
      report.lifecycle.drill.overdue ? 1 : 0,
    );
    expect(report.gaps).toHaveLength(findings.length);
  });
});
