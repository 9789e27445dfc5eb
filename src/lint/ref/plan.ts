/**
 * ref/plan: a scenario's `plan:` path exists, is a plan, and stays inside the folder tree of the
 * scenario's repository (rules.md). The check needs the file system, so the validate pipeline
 * performs it (with the messages lint.ref-plan.*); this module gives the rule its id and docs, and
 * the pure path arithmetic.
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Rule } from '../rule.js';

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

export const refPlanRule: Rule = {
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
};
