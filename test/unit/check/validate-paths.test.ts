import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../src/lint/rule.js';
import { formatStylish } from '../../../src/report/findings/stylish.js';
import { checkDocument } from '../../../src/check/check-document.js';
import { planLookup, scenarioPlan } from '../../../src/check/scenario-plan.js';
import {
  validatePaths,
  type ValidateOptions,
  type ValidatedFile,
} from '../../../src/check/validate-paths.js';
import { en, zh } from '../../helpers/translate.js';
import { PLAN, scenarioOf } from './temp-tree.js';
import { temporaryTree, type TemporaryTree } from '../../helpers/temp-folders.js';

let tree: TemporaryTree;

/** No lint rules unless a test gives some: these tests are about the pipeline. */
function options(extra: Partial<ValidateOptions> = {}): ValidateOptions {
  return { cwd: tree.root, t: en, today: '2024-03-10', rules: [], ...extra };
}

function findingsOf(files: ValidatedFile[], file: string) {
  const found = files.find((entry) => entry.file === file);
  if (!found) throw new Error(`no result for ${file}`);
  return found.findings;
}

/** A rule for tests: reports the first inject of every scenario it sees. */
const injectRule: Rule = {
  id: 'ref/event',
  severity: 'warning',
  docs: { summary: { en: '', zh: '' }, explanation: { en: '', zh: '' }, bad: '', good: '' },
  checkScenario: ({ report }) => report('/injects/0/id', 'inject seen'),
};

describe('validatePaths', () => {
  it('checks a folder of plans and scenarios and returns every file sorted, clean ones without text', async () => {
    tree = temporaryTree({
      'plans/b-plan.yaml': PLAN,
      'plans/a-drill.yaml': scenarioOf('b-plan.yaml'),
    });
    const { files, unmatched } = await validatePaths([], options());
    expect(unmatched).toEqual([]);
    expect(files).toEqual([
      { file: 'plans/a-drill.yaml', findings: [] },
      { file: 'plans/b-plan.yaml', findings: [] },
    ]);
  });

  it('keeps of a file with findings only the lines they start on, at their places', async () => {
    tree = temporaryTree({ 'plans/plan.yaml': PLAN, 'plans/drill.yaml': scenarioOf('plan.yaml') });
    const { files } = await validatePaths([], options({ rules: [injectRule] }));
    const [drill, plan] = files;
    expect(drill!.findings.map((finding) => finding.line)).toEqual([7]);
    const lines = drill!.text!.split('\n');
    expect(lines[6]).toBe(scenarioOf('plan.yaml').split('\n')[6]);
    expect(lines[6]).toContain('alarm');
    expect(lines.filter((line) => line !== '')).toEqual([lines[6]]);
    expect(plan).toEqual({ file: 'plans/plan.yaml', findings: [] });
    const shown = formatStylish(files, {
      t: en,
      lang: 'en',
      color: new Chalk({ level: 0 }),
      rules: [injectRule],
      toolVersion: '0.0.0',
      cwd: tree.root,
    });
    expect(shown).toContain('7 |   - id: alarm\n');
  });

  it('returns the PATHs that match nothing, and checks nothing then', async () => {
    tree = temporaryTree({ 'plans/a.yaml': PLAN });
    const result = await validatePaths(['plans', 'nope/*.yaml'], options());
    expect(result).toEqual({ files: [], unmatched: ['nope/*.yaml'] });
  });

  it('keeps the line of a syntax error, and has no text for an unreadable file', async () => {
    tree = temporaryTree({ 'broken.yaml': 'a: [1, 2\n', 'binary.yaml': new Uint8Array([0, 1, 2]) });
    const { files } = await validatePaths(['.'], options());
    expect(files.map((file) => [file.file, file.findings[0]?.ruleId])).toEqual([
      ['binary.yaml', 'file/unreadable'],
      ['broken.yaml', 'yaml/syntax'],
    ]);
    expect(files[0]!.text).toBeUndefined();
    const { line } = files[1]!.findings[0]!;
    expect(files[1]!.text!.split('\n')[line - 1]).toBe('a: [1, 2\n'.split('\n')[line - 1]);
  });

  it('refuses files over maxFileSize', async () => {
    tree = temporaryTree({ 'plan.yaml': PLAN });
    const { files } = await validatePaths(['plan.yaml'], options({ maxFileSize: 100 }));
    expect(files[0]!.findings).toMatchObject([{ ruleId: 'file/unreadable', line: 1 }]);
    expect(files[0]!.findings[0]!.message).toContain('over the limit of 100');
  });

  it('checks a scenario against the plan its plan: names, with the rules’ pointers in the scenario', async () => {
    tree = temporaryTree({
      'plans/plan.yaml': PLAN,
      'drills/drill.yaml': scenarioOf('../plans/plan.yaml'),
    });
    const { files } = await validatePaths(['drills'], options({ rules: [injectRule] }));
    expect(findingsOf(files, 'drills/drill.yaml')).toMatchObject([
      { ruleId: 'ref/event', severity: 'warning', pointer: '/injects/0/id', line: 7, column: 9 },
    ]);
  });

  it('checks inline scenarios with their plan, their pointers under /scenarios/N', async () => {
    const inline = `${PLAN}scenarios:
  - id: first
    title: First
    injects:
      - { id: alarm, at: 0s, message: Alarm }
  - id: second
    title: Second
    injects:
      - { id: quiet, at: 1h, message: Quiet }
`;
    tree = temporaryTree({ 'plan.yaml': inline });
    const { files } = await validatePaths(['plan.yaml'], options({ rules: [injectRule] }));
    expect(files[0]!.findings.map((finding) => [finding.pointer, finding.line])).toEqual([
      ['/scenarios/0/injects/0/id', 19],
      ['/scenarios/1/injects/0/id', 23],
    ]);
  });

  it('reads a plan once however many scenarios name it, keeping only its data', async () => {
    tree = temporaryTree({
      'plan.yaml': PLAN,
      'one.yaml': scenarioOf('plan.yaml'),
      'two.yaml': scenarioOf('./plan.yaml'),
    });
    const lookup = planLookup({ cwd: tree.root, t: en });
    const found = [];
    for (const name of ['one.yaml', 'two.yaml']) {
      const { document } = await checkDocument(tree.path(name), lookup);
      found.push(await scenarioPlan(document!, (document!.data as { plan: string }).plan, lookup));
    }
    expect([...lookup.plans.keys()]).toEqual([tree.path('plan.yaml')]);
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types asymmetric matchers as any
    expect(found[0]).toEqual({ plan: expect.objectContaining({ id: 'mini' }) });
    expect((found[0] as { plan: unknown }).plan).toBe((found[1] as { plan: unknown }).plan);
  });

  it('keeps only the plans used last, and reads an evicted plan again when a scenario names it', async () => {
    tree = temporaryTree({
      'a.yaml': PLAN,
      'b.yaml': PLAN.replace('id: mini', 'id: other'),
      'drill.yaml': scenarioOf('a.yaml'),
    });
    const lookup = planLookup({ cwd: tree.root, t: en }, 1);
    const { document } = await checkDocument(tree.path('drill.yaml'), lookup);
    const ask = (reference: string) => scenarioPlan(document!, reference, lookup);
    const first = await ask('a.yaml');
    expect(await ask('a.yaml')).toBe(first);
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types asymmetric matchers as any
    expect(await ask('b.yaml')).toEqual({ plan: expect.objectContaining({ id: 'other' }) });
    expect([...lookup.plans.keys()]).toEqual([tree.path('b.yaml')]);
    const again = await ask('a.yaml');
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });

  it('checks scenarios that share a plan, and the plan itself, consistently', async () => {
    tree = temporaryTree({
      'plan.yaml': PLAN,
      'one.yaml': scenarioOf('plan.yaml', 'one'),
      'two.yaml': scenarioOf('./plan.yaml', 'two'),
    });
    const { files } = await validatePaths(['.'], options({ rules: [injectRule] }));
    expect(files.map((file) => [file.file, file.findings.length])).toEqual([
      ['one.yaml', 1],
      ['plan.yaml', 0],
      ['two.yaml', 1],
    ]);
  });
});

describe('validatePaths: a scenario’s plan (ref/plan)', () => {
  const refPlan = async (files: Record<string, string | Uint8Array>, cwd = '') => {
    tree = temporaryTree(files);
    const result = await validatePaths(['drill.yaml'], options({ cwd: tree.path(cwd) }));
    return findingsOf(result.files, 'drill.yaml');
  };

  it('must exist', async () => {
    const findings = await refPlan({ 'drill.yaml': scenarioOf('no-such-plan.yaml') });
    expect(findings).toMatchObject([{ ruleId: 'ref/plan', severity: 'error', line: 5, column: 7 }]);
    expect(findings[0]!.message).toContain('"no-such-plan.yaml" does not exist');
  });

  it('must be a plan', async () => {
    const findings = await refPlan({
      'drill.yaml': scenarioOf('other.yaml'),
      'other.yaml': scenarioOf('drill.yaml'),
    });
    expect(findings).toMatchObject([{ ruleId: 'ref/plan', line: 5 }]);
    expect(findings[0]!.message).toContain('is not a plan');
  });

  it('must pass the schema before the scenario is checked against it', async () => {
    const findings = await refPlan({
      'drill.yaml': scenarioOf('plan.yaml'),
      'plan.yaml': PLAN.replace('phase: recovery', 'phase: recover'),
    });
    expect(findings).toMatchObject([{ ruleId: 'ref/plan', line: 5 }]);
    expect(findings[0]!.message).toContain('has 1 error(s)');
    expect(findings[0]!.message).toContain('yuan validate plan.yaml');
  });

  it('must be readable', async () => {
    const findings = await refPlan({
      'drill.yaml': scenarioOf('plan.yaml'),
      'plan.yaml': new Uint8Array([0x6b, 0x69, 0x6e, 0x64, 0x3a, 0x20, 0xff]),
    });
    expect(findings[0]!.message).toContain('cannot be read');
    expect(findings[0]!.message).toContain('UTF-8');
  });

  it('must stay inside the repository (the nearest folder above with .git)', async () => {
    const findings = await refPlan(
      {
        'repo/.git/': '',
        'repo/drills/drill.yaml': scenarioOf('../../outside.yaml'),
        'outside.yaml': PLAN,
      },
      'repo/drills',
    );
    expect(findings).toMatchObject([{ ruleId: 'ref/plan', line: 5 }]);
    expect(findings[0]!.message).toContain('outside the repository');
  });

  it('may not leave the repository through a symbolic link', async () => {
    const findings = await refPlan(
      {
        'repo/.git': 'gitdir: elsewhere',
        'repo/drill.yaml': scenarioOf('link.yaml'),
        'repo/link.yaml': '-> ../outside.yaml',
        'outside.yaml': PLAN,
      },
      'repo',
    );
    expect(findings[0]!.message).toContain('outside the repository');
  });

  it('without a repository, must stay inside the working folder', async () => {
    const findings = await refPlan(
      { 'work/drill.yaml': scenarioOf('../plan.yaml'), 'plan.yaml': PLAN },
      'work',
    );
    expect(findings[0]!.message).toContain('outside the repository');
  });

  it('is found relative to the scenario file, anywhere inside the repository', async () => {
    const findings = await refPlan(
      {
        'repo/.git/': '',
        'repo/plans/plan.yaml': PLAN,
        'repo/drill.yaml': scenarioOf('plans/plan.yaml'),
      },
      'repo',
    );
    expect(findings).toEqual([]);
  });

  it('speaks the user’s language', async () => {
    tree = temporaryTree({ 'drill.yaml': scenarioOf('no-such-plan.yaml') });
    const { files } = await validatePaths(['drill.yaml'], options({ t: zh }));
    expect(files[0]!.findings[0]!.message).toContain('不存在');
  });
});

describe('validatePaths: rule settings from the config', () => {
  const brokenPlan = PLAN.replace('phase: recovery', 'phase: recover');

  it('turns a rule’s errors into warnings', async () => {
    tree = temporaryTree({ 'plan.yaml': brokenPlan });
    const { files } = await validatePaths(
      ['plan.yaml'],
      options({ ruleSettings: { schema: 'warn' } }),
    );
    expect(files[0]!.findings).toMatchObject([{ ruleId: 'schema', severity: 'warning' }]);
  });

  it('turns a rule’s warnings into errors', async () => {
    tree = temporaryTree({ 'plan.yaml': PLAN, 'drill.yaml': scenarioOf('plan.yaml') });
    const { files } = await validatePaths(
      ['drill.yaml'],
      options({ rules: [injectRule], ruleSettings: { 'ref/event': 'error' } }),
    );
    expect(files[0]!.findings).toMatchObject([{ ruleId: 'ref/event', severity: 'error' }]);
  });

  it('drops the findings of a rule that is off, and does not run it', async () => {
    const exploding: Rule = {
      ...injectRule,
      id: 'graph/trap',
      checkPlan: () => {
        throw new Error('an off rule must not run');
      },
    };
    tree = temporaryTree({ 'plan.yaml': brokenPlan, 'good.yaml': PLAN });
    const { files } = await validatePaths(
      ['.'],
      options({ rules: [exploding], ruleSettings: { schema: 'off', 'graph/trap': 'off' } }),
    );
    expect(files.flatMap((file) => file.findings)).toEqual([]);
  });
});
