/** Test helper: lint small plans and scenarios written as YAML strings, after checking they pass the schema. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseText, type LoadedDocument } from '../../../src/load/index.js';
import { translator, type Lang } from '../../../src/i18n/index.js';
import { lintPlanDocument, lintScenario, lintAnswers } from '../../../src/lint/lint-document.js';
import type { Finding, Plan, Scenario, AnswersFile } from '../../../src/model/index.js';

const schema = JSON.parse(
  readFileSync(new URL('../../../schemas/yuan.schema.json', import.meta.url), 'utf8'),
) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** Options of a lint run in tests: a fixed today and English unless said otherwise. */
export interface TestLintOptions {
  today?: string;
  lang?: Lang;
  /** Keep only the findings of this rule. */
  rule?: string;
}

/** Parses YAML text that must load and pass the schema (a broken fixture fails the test loudly). */
export function load(text: string, file = 'plan.yaml'): LoadedDocument {
  const t = translator('en');
  const { document, findings } = parseText(text, { file, t });
  if (!document || findings.length > 0)
    throw new Error(`fixture does not load: ${JSON.stringify(findings)}`);
  if (file.endsWith('.answers.yaml')) return document;
  if (!validate(document.data))
    throw new Error(`fixture fails the schema: ${JSON.stringify(validate.errors)}`);
  return document;
}

/** The findings of the lint rules on a plan (and its inline scenarios). */
export function lintPlanText(text: string, options: TestLintOptions = {}): Finding[] {
  const document = load(text);
  const t = translator(options.lang ?? 'en');
  const findings = lintPlanDocument(document, document.data as Plan, {
    t,
    today: options.today ?? '2026-01-15',
  });
  return only(findings, options.rule);
}

/** The findings of the scenario rules on a scenario file against a plan. */
export function lintScenarioText(
  scenarioText: string,
  planText: string,
  options: TestLintOptions = {},
): Finding[] {
  const plan = load(planText).data as Plan;
  const document = load(scenarioText, 'scenario.yaml');
  const t = translator(options.lang ?? 'en');
  const findings = lintScenario(document, document.data as Scenario, plan, {
    t,
    today: options.today ?? '2026-01-15',
  });
  return only(findings, options.rule);
}

/** The findings of the answers rules on an answers file against a plan. */
export function lintAnswersText(
  answersText: string,
  planText: string,
  options: TestLintOptions = {},
): Finding[] {
  const plan = load(planText).data as Plan;
  const document = load(answersText, 'drill.answers.yaml');
  const t = translator(options.lang ?? 'en');
  const findings = lintAnswers(document, document.data as AnswersFile, plan, {
    t,
    today: options.today ?? '2026-01-15',
  });
  return only(findings, options.rule);
}

/** `line:column` of each finding, for compact assertions. */
export function places(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `${finding.line}:${finding.column}`);
}

/** The word each finding points at (an id, a key), to show that it sits on the offending token. */
export function tokens(text: string, findings: readonly Finding[]): string[] {
  const lines = text.split('\n');
  return findings.map(
    (finding) => /^[\w.-]*/.exec(lines[finding.line - 1]!.slice(finding.column - 1))![0],
  );
}

function only(findings: Finding[], rule: string | undefined): Finding[] {
  return rule === undefined ? findings : findings.filter((finding) => finding.ruleId === rule);
}
