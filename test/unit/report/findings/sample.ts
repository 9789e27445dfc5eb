/** Small inputs for the findings formatter tests, independent of the real rule registry. */
import { Chalk } from 'chalk';
import type { Lang } from '../../../../src/i18n/index.js';
import type { Rule } from '../../../../src/lint/rule.js';
import type { Finding } from '../../../../src/model/finding.js';
import type { FindingsFormatOptions } from '../../../../src/report/findings/index.js';
import { en, zh } from '../../../helpers/translate.js';

export const CWD = '/work/repo';

/** Two documented rules, one error and one warning. */
export const sampleRules: readonly Rule[] = [
  {
    id: 'ref/stage',
    severity: 'error',
    docs: {
      summary: { en: 'goto names a stage', zh: 'goto 指向已定义的阶段' },
      explanation: { en: 'A goto must name a stage.', zh: 'goto 必须指向一个阶段。' },
      bad: 'goto: nowhere\n',
      good: 'goto: shelter\n',
    },
  },
  {
    id: 'lifecycle/drill-overdue',
    severity: 'warning',
    docs: {
      summary: { en: 'drills are on time', zh: '演练按期进行' },
      explanation: { en: 'Drill the plan.', zh: '请按期演练预案。' },
      bad: 'drill: {}',
      good: 'drill: { last: 2024-01-01, every_months: 12 }',
    },
  },
];

/** A finding with defaults: an error of ref/stage on line 1. */
export function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'ref/stage',
    severity: 'error',
    message: 'no stage named "nowhere"; name one of: shelter',
    file: 'plans/a.yaml',
    pointer: '/stages/0/goto',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    ...overrides,
  };
}

/** Formatter options without colour, in English unless asked. */
export function options(
  lang: Lang = 'en',
  overrides: Partial<FindingsFormatOptions> = {},
): FindingsFormatOptions {
  return {
    t: lang === 'zh' ? zh : en,
    lang,
    color: new Chalk({ level: 0 }),
    rules: sampleRules,
    toolVersion: '1.2.3',
    cwd: CWD,
    ...overrides,
  };
}
