/** yaml/duplicate-key: no mapping repeats a key. Applied by the loader; this entry documents it. */
import { defineRule } from '../rule.js';

export const yamlDuplicateKeyRule = defineRule({
  id: 'yaml/duplicate-key',
  severity: 'error',
  docs: {
    summary: { en: 'no mapping repeats a key', zh: '同一映射中没有重复的键' },
    explanation: {
      en: 'Most YAML readers silently keep the last of two equal keys, so a stage, role or resource written twice loses the first copy without a word. yuan refuses the file instead and points at the second key. Merge the two entries, or rename one of them.',
      zh: '大多数 YAML 解析器遇到两个相同的键时会默默保留后一个，于是写了两遍的阶段、角色或物资，前一份会悄无声息地丢失。yuan 会拒绝这样的文件，并指出第二个键的位置。请合并这两项，或给其中一项改名。',
    },
    bad: `roles:
  secretary: { title: 社区党委书记, function: command }
  secretary: { title: 社区主任, function: command }`,
    good: `roles:
  secretary: { title: 社区党委书记, function: command }
  director: { title: 社区主任, function: command }`,
  },
});
