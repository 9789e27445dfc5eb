/**
 * ref/plan: a scenario's `plan:` path exists, is a plan, and stays inside the folder tree of the
 * scenario's repository (rules.md). The check needs the file system, so the validate pipeline
 * performs it (with the messages below); this module gives the rule its id, docs and messages,
 * and the pure path arithmetic.
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { defineRule } from '../rule.js';

/** Where a scenario's `plan:` points, and whether that stays inside the repository root. */
export interface PlanPath {
  /** The absolute path the reference resolves to. */
  path: string;
  /** False when the path leaves `repositoryRoot` (`..` too far, or an absolute path elsewhere). */
  inside: boolean;
}

/** Resolves `plan:` against the scenario file's folder and checks that it stays under the root. */
export function resolvePlanPath(
  scenarioPath: string,
  planReference: string,
  repositoryRoot: string,
): PlanPath {
  const path = resolve(dirname(scenarioPath), planReference);
  const fromRoot = relative(resolve(repositoryRoot), path);
  const leaves = fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot);
  return { path, inside: !leaves };
}

export const refPlanRule = defineRule({
  id: 'ref/plan',
  severity: 'error',
  docs: {
    summary: {
      en: "a scenario's plan: path exists, is a plan, and stays inside the scenario's repository",
      zh: '演练脚本的 plan: 路径存在、指向预案，且不超出演练脚本所在仓库',
    },
    explanation: {
      en: 'A scenario in its own file names the plan it exercises with `plan:`, a path relative to the scenario file. The file must exist and have `kind: plan`. It must also stay inside the folder tree of the repository that holds the scenario: a scenario from somewhere else must not make yuan read files outside the project, for example in CI.',
      zh: '单独成文件的演练脚本用 `plan:` 指明要演练的预案，路径相对于演练脚本文件。该文件必须存在，并且是 `kind: plan`。它还必须位于演练脚本所在仓库的目录树之内：来自别处的演练脚本不能让 yuan 读取项目以外的文件，例如在 CI 中。',
    },
    bad: `yuan: 1
kind: scenario
id: winter-2020
title: 2020年1月疫情初期复盘
plan: ../../../etc/x-community-epidemic.yaml   # outside the repository
injects:
  - { id: regional-alert, at: 0s, message: 自治区启动一级响应, event: regional-level-1 }`,
    good: `yuan: 1
kind: scenario
id: winter-2020
title: 2020年1月疫情初期复盘
plan: ../plans/x-community-epidemic.yaml
injects:
  - { id: regional-alert, at: 0s, message: 自治区启动一级响应, event: regional-level-1 }`,
  },
  messages: {
    missing: {
      en: 'plan "{path}" does not exist: write the path of the plan file, relative to this scenario',
      zh: '预案“{path}”不存在：请写出预案文件相对于本演练脚本的路径',
    },
    outside: {
      en: 'plan "{path}" lies outside the repository that holds this scenario: keep the plan and its scenarios in one repository',
      zh: '预案“{path}”位于本演练脚本所在仓库之外：请把预案与其演练脚本放在同一仓库中',
    },
    'not-a-plan': {
      en: 'plan "{path}" is not a plan (its kind is not plan): point plan: at a file with kind: plan',
      zh: '“{path}”不是预案（其 kind 不是 plan）：请让 plan: 指向 kind: plan 的文件',
    },
    unreadable: {
      en: 'plan "{path}" cannot be read: {detail}',
      zh: '无法读取预案“{path}”：{detail}',
    },
    invalid: {
      en: 'plan "{path}" has {count} error(s), so this scenario cannot be checked against it; run `yuan validate {file}` and fix them first',
      zh: '预案“{path}”有 {count} 个错误，因此无法对照它检查本演练脚本；请先运行 `yuan validate {file}` 并修正',
    },
  },
});
