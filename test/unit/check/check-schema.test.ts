import { describe, expect, it } from 'vitest';
import type { Translate } from '../../../src/i18n/index.js';
import { parseText } from '../../../src/load/index.js';
import { checkSchema } from '../../../src/check/check-schema.js';
import { en, zh } from '../../helpers/translate.js';

/** The head of a plan that passes the schema; each case appends one broken thing. */
const PLAN = 'yuan: 1\nkind: plan\nid: mini\ntitle: Mini\n';
const STAGE = 'stages:\n  s:\n    title: S\n    phase: response\n';

function check(text: string, t: Translate = en) {
  const { document, findings } = parseText(text, { file: 'plan.yaml', t });
  expect(findings).toEqual([]);
  return checkSchema(document!, t);
}

interface Case {
  name: string;
  text: string;
  /** Where the one finding must be: line, column, pointer. */
  at: [number, number, string];
  /** Fragments the English and Chinese messages must contain. */
  en: string[];
  zh: string[];
}

const cases: Case[] = [
  {
    name: 'a value outside an enum names the allowed values and the closest one',
    text: PLAN + 'stages:\n  s:\n    title: S\n    phase: respons\n',
    at: [8, 12, '/stages/s/phase'],
    en: [
      '`respons`',
      '`preparation`, `warning`, `response` or `recovery`',
      'did you mean `response`',
    ],
    zh: ['`respons`', '`preparation`、`warning`、`response`或`recovery`', '是否想写 `response`'],
  },
  {
    name: 'a misspelt required key is one finding on the key, not also a missing one',
    text: PLAN + 'stages:\n  s:\n    titel: S\n    phase: response\n',
    at: [7, 5, '/stages/s/titel'],
    en: ['unknown key `titel`', 'did you mean `title`', '`x-`'],
    zh: ['未知的键 `titel`', '`title`', '`x-`'],
  },
  {
    name: 'an unknown key far from any known one lists the keys allowed there',
    text: PLAN + STAGE + '    colour: red\n',
    at: [9, 5, '/stages/s/colour'],
    en: ['unknown key `colour`', '`phase`', '`expect_duration`', 'must start with `x-`'],
    zh: ['未知的键 `colour`', '`phase`', '`x-` 开头'],
  },
  {
    name: 'a missing property is placed on its parent key',
    text: PLAN + 'stages:\n  s:\n    phase: response\n',
    at: [6, 3, '/stages/s/title'],
    en: ['`s` needs the key `title`', 'add `title: …`'],
    zh: ['`s` 缺少必填键 `title`'],
  },
  {
    name: 'a missing property of a list item names the item',
    text: PLAN + STAGE + '    tasks:\n      - title: Call the director\n',
    at: [10, 9, '/stages/s/tasks/0/id'],
    en: ['item 1 of `tasks` needs the key `id`'],
    zh: ['`tasks` 的第 1 项缺少必填键 `id`'],
  },
  {
    name: 'a missing top-level property is placed at the start of the document',
    text: 'yuan: 1\nkind: plan\nid: mini\n' + STAGE,
    at: [1, 1, '/title'],
    en: ['the document needs the key `title`'],
    zh: ['文档缺少必填键 `title`'],
  },
  {
    name: 'a key of a map keyed by id must be an id, with a kebab-case suggestion',
    text: PLAN + 'stages:\n  Stand_By:\n    title: S\n    phase: response\n',
    at: [6, 3, '/stages/Stand_By'],
    en: ['`Stand_By` is not a valid id', 'lowercase', 'did you mean `stand-by`'],
    zh: ['`Stand_By` 不是有效的 id', '小写', '`stand-by`'],
  },
  {
    name: 'an id value says the pattern in words',
    text: 'yuan: 1\nkind: plan\nid: Mini Plan\ntitle: Mini\n' + STAGE,
    at: [3, 5, '/id'],
    en: ['`Mini Plan` is not a valid id', 'single hyphens', 'did you mean `mini-plan`'],
    zh: ['不是有效的 id', '连字符'],
  },
  {
    name: 'a duration says the units and their order',
    text: PLAN + STAGE + '    expect_duration: 3 days\n',
    at: [9, 22, '/stages/s/expect_duration'],
    en: ['`3 days` is not a duration', 'w, d, h, m, s in that order', '`1h30m`'],
    zh: ['`3 days` 不是有效的时长', 'w、d、h、m、s'],
  },
  {
    name: 'a zero duration where a positive one is required says so',
    text: PLAN + STAGE + '    after:\n      - { in: 0s, goto: s }\n',
    at: [10, 15, '/stages/s/after/0/in'],
    en: ['zero duration is not allowed'],
    zh: ['不允许零时长'],
  },
  {
    name: 'a date says YYYY-MM-DD',
    text: PLAN + 'review: { last: 10/03/2020, every_months: 12 }\n' + STAGE,
    at: [5, 17, '/review/last'],
    en: ['`10/03/2020` is not a date', 'YYYY-MM-DD'],
    zh: ['不是有效日期', 'YYYY-MM-DD'],
  },
  {
    name: 'the format version says to write yuan: 1',
    text: 'yuan: 2\nkind: plan\nid: mini\ntitle: Mini\n' + STAGE,
    at: [1, 7, '/yuan'],
    en: ['write `yuan: 1`', 'not `2`'],
    zh: ['请写 `yuan: 1`'],
  },
  {
    name: 'a value of the wrong type names the expected type',
    text: PLAN + 'scope: { population: many }\n' + STAGE,
    at: [5, 22, '/scope/population'],
    en: ['expected a whole number here, not `many`'],
    zh: ['此处应为整数，而不是`many`'],
  },
  {
    name: 'a number below the minimum names the bound',
    text: PLAN + 'scope: { population: -1 }\n' + STAGE,
    at: [5, 22, '/scope/population'],
    en: ['at least 0', 'not `-1`'],
    zh: ['不小于 0'],
  },
  {
    name: 'a variable value of no accepted type is one finding listing the types (anyOf)',
    text: PLAN + 'variables:\n  cases: { initial: [1] }\n' + STAGE,
    at: [6, 21, '/variables/cases/initial'],
    en: ['expected a number, text or true/false here, not a list'],
    zh: ['此处应为数字、文本或true/false，而不是列表'],
  },
  {
    name: 'a transition of no accepted shape says the three shapes (if/then/else)',
    text: PLAN + STAGE + '    on:\n      alarm: 5\n',
    at: [10, 14, '/stages/s/on/alarm'],
    en: ['a stage id, to `{ goto: <stage>, when: <condition> }`, or to a list', 'not `5`'],
    zh: ['阶段 id', '`{ goto: <阶段>, when: <条件> }`'],
  },
  {
    name: 'a comparison with two operators says to combine them with all',
    text: PLAN + STAGE + '    on:\n      alarm: { goto: s, when: { var: cases, gt: 1, lt: 5 } }\n',
    at: [10, 31, '/stages/s/on/alarm/when'],
    en: ['exactly one of eq, ne, gt, gte, lt, lte', '`all: [...]`'],
    zh: ['`all: [...]`'],
  },
  {
    name: 'a misspelt condition form is one finding with the form suggested, not a missing var',
    text: PLAN + STAGE + '    on:\n      alarm: { goto: s, when: { alll: [] } }\n',
    at: [10, 33, '/stages/s/on/alarm/when/alll'],
    en: ['unknown key `alll`: did you mean `all`?'],
    zh: ['未知的键 `alll`：是否想写 `all`？'],
  },
  {
    name: 'a made-up condition key lists the condition keys, without the x- escape conditions lack',
    text: PLAN + STAGE + '    on:\n      alarm: { goto: s, when: { cases: 1 } }\n',
    at: [10, 33, '/stages/s/on/alarm/when/cases'],
    en: ['unknown key `cases`', '`var`', '`all`'],
    zh: ['未知的键 `cases`'],
  },
  {
    name: 'authority that is neither all nor a list says both forms',
    text: PLAN + 'roles:\n  lead: { title: Lead, function: command, authority: some }\n' + STAGE,
    at: [6, 54, '/roles/lead/authority'],
    en: ['`authority` is `all` or a list of decision ids, not `some`'],
    zh: ['`authority` 应为 `all` 或决策 id 列表'],
  },
  {
    name: 'a repeated list item is placed on the repetition',
    text:
      PLAN +
      'roles:\n  lead: { title: Lead, function: command, authority: [go, stay, go] }\n' +
      STAGE,
    at: [6, 65, '/roles/lead/authority/2'],
    en: ['`go` is already in this list'],
    zh: ['`go` 已在此列表中'],
  },
  {
    name: 'an empty text says to write something',
    text: PLAN + "stages:\n  s:\n    title: ''\n    phase: response\n",
    at: [7, 12, '/stages/s/title'],
    en: ['this text is empty'],
    zh: ['文本为空'],
  },
  {
    name: 'an empty list where items are required says so',
    text:
      PLAN +
      'resources:\n  masks: { title: Masks, stock: 1, demand: [ { rate: 1, per: lead, during: [] } ] }\n' +
      STAGE,
    at: [6, 76, '/resources/masks/demand/0/during'],
    en: ['the list is empty'],
    zh: ['列表为空'],
  },
  {
    name: 'a __proto__ key is an ordinary unknown key',
    text: PLAN + '__proto__: { polluted: true }\n' + STAGE,
    at: [5, 1, '/__proto__'],
    en: ['unknown key `__proto__`'],
    zh: ['未知的键 `__proto__`'],
  },
  {
    name: 'a scenario file lacking its plan is told to add it',
    text: 'yuan: 1\nkind: scenario\nid: s\ntitle: S\ninjects:\n  - { id: a, at: 0s, message: hi }\n',
    at: [1, 1, '/plan'],
    en: ['the document needs the key `plan`'],
    zh: ['文档缺少必填键 `plan`'],
  },
  {
    name: 'an unknown kind is one finding on kind, with the closest kind',
    text: 'yuan: 1\nkind: plna\nid: mini\n',
    at: [2, 7, '/kind'],
    en: ['`kind: plna` is not a kind yuan reads', 'did you mean `plan`'],
    zh: ['不是 yuan 能读取的类型', '`plan`'],
  },
  {
    name: 'a document without kind says which kinds exist',
    text: 'yuan: 1\nid: mini\ntitle: Mini\n',
    at: [1, 1, ''],
    en: ['no `kind`', '`kind: plan`', '`kind: scenario`'],
    zh: ['没有 `kind`'],
  },
  {
    name: 'an answers file is named as such',
    text: '# answers of a drill\nanswers:\n  - { decision: go, option: now, after: 1h }\n',
    at: [2, 1, ''],
    en: ['an answers file for `yuan drill --answers`'],
    zh: ['答案文件'],
  },
  {
    name: 'a document that is not a mapping says what a plan looks like',
    text: '- yuan: 1\n- kind: plan\n',
    at: [1, 1, ''],
    en: ['a mapping that starts with `yuan: 1`', 'not a list'],
    zh: ['而不是列表'],
  },
];

describe('checkSchema: one located finding per real problem', () => {
  it.each(cases)('$name', ({ text, at, en: enParts, zh: zhParts }) => {
    const english = check(text, en).findings;
    expect(english.map((finding) => [finding.line, finding.column, finding.pointer])).toEqual([at]);
    expect(english[0]).toMatchObject({ ruleId: 'schema', severity: 'error', file: 'plan.yaml' });
    for (const part of enParts) expect(english[0]!.message).toContain(part);
    const chinese = check(text, zh).findings;
    expect(chinese).toHaveLength(1);
    for (const part of zhParts) expect(chinese[0]!.message).toContain(part);
  });

  it('accepts a valid plan and scenario and reports their kind', () => {
    expect(check(PLAN + STAGE)).toEqual({ kind: 'plan', findings: [] });
    const scenario =
      'yuan: 1\nkind: scenario\nid: s\ntitle: S\nplan: plan.yaml\ninjects:\n  - { id: a, at: 0s, message: hi }\n';
    expect(check(scenario)).toEqual({ kind: 'scenario', findings: [] });
  });

  it('accepts x- keys of the author’s own', () => {
    expect(check(PLAN + 'x-owner: 街道办\n' + STAGE).findings).toEqual([]);
  });

  it('reports independent problems separately, each at its place', () => {
    const text = PLAN + 'stages:\n  s:\n    title: S\n    phase: respons\n    colour: red\n';
    const findings = check(text).findings;
    expect(findings.map((finding) => finding.pointer).sort()).toEqual([
      '/stages/s/colour',
      '/stages/s/phase',
    ]);
  });

  it('does not pollute Object.prototype through a __proto__ or constructor key', () => {
    check(PLAN + '__proto__: { polluted: true }\nconstructor: { polluted: true }\n' + STAGE);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
