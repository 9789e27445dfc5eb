/**
 * The plans this project ships, through the lint rules: plans/ and the other examples meet every
 * rule; examples/x-community-as-was.yaml shows the seed paper's failures as warnings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintAnswersText, lintPlanText, lintScenarioText } from './lint-yaml.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const today = '2026-11-28';
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const yamlFiles = (folder: string) =>
  readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `${folder}/${name}`);
const kindOf = (path: string) => (parse(read(path)) as { kind?: string }).kind;
/** The plan a scenario file names, as a path from the repository root. */
const planOf = (scenario: string) =>
  relative(root, join(root, dirname(scenario), (parse(read(scenario)) as { plan: string }).plan));

const documents = [...yamlFiles('plans'), ...yamlFiles('examples')];
const plans = documents.filter((path) => kindOf(path) === 'plan');
const scenarios = documents.filter((path) => kindOf(path) === 'scenario');
const summary = (findings: { ruleId: string; pointer: string }[]) =>
  findings.map((finding) => `${finding.ruleId} ${finding.pointer}`);

describe('the shipped plans', () => {
  it.each(plans.filter((path) => !path.includes('as-was')))('%s meets every rule', (path) => {
    expect(summary(lintPlanText(read(path), { today }))).toEqual([]);
  });

  it.each(scenarios)('%s meets every scenario rule against its plan', (path) => {
    expect(summary(lintScenarioText(read(path), read(planOf(path)), { today }))).toEqual([]);
  });

  it.each(yamlFiles('examples/answers'))('%s names real decisions and options', (path) => {
    // Each answers file starts with "# Scripted answers for <scenario file> ...".
    const scenario = /^# Scripted answers for (\S+?\.yaml)/.exec(read(path))![1]!;
    expect(summary(lintAnswersText(read(path), read(planOf(scenario)), { today }))).toEqual([]);
  });

  it('examples/x-community-as-was.yaml shows the failures of the seed paper as warnings', () => {
    const findings = lintPlanText(read('examples/x-community-as-was.yaml'), { today });
    expect(findings.every((finding) => finding.severity === 'warning')).toBe(true);
    expect(summary(findings).sort()).toEqual(
      [
        // no drill on record
        'lifecycle/drill-overdue ',
        // no medical role among the response team
        'readiness/medical-role /roles',
        // thermometers, disinfectant and transport short
        'readiness/shortfall /resources/thermometer/stock',
        'readiness/shortfall /resources/disinfectant/stock',
        'readiness/shortfall /resources/transfer-vehicle/stock',
        // no public information during lockdown
        'readiness/inform-public /stages/lockdown',
        // the secretary decides alone
        'authority/no-deputy /stages/publicity/decisions/0/owner',
        'authority/no-deputy /stages/screening/decisions/0/owner',
        // front-line owners without authority
        'authority/escalation /stages/screening/decisions/0/owner',
        'authority/escalation /stages/lockdown/decisions/0/owner',
        'authority/escalation /stages/lockdown/decisions/1/owner',
      ].sort(),
    );
    const shortfalls = findings.filter((finding) => finding.ruleId === 'readiness/shortfall');
    expect(shortfalls.map((finding) => finding.message)).toEqual([
      expect.stringMatching(/^need 48 支 of 红外测温枪 .*, stock 13 支: buy 35 支 more/),
      expect.stringMatching(/^need 52 箱 of 84消毒液.*, stock 6 箱: buy 46 箱 more/),
      expect.stringMatching(
        /^need 15 辆 of .*\(0\.002 per resident × 7308 during lockdown\), stock 12 辆: buy 3 辆 more/,
      ),
    ]);
  });
});
