/** file/unreadable: the file exists, is a regular UTF-8 text file under the size limit. Applied by the loader. */
import { defineRule } from '../rule.js';

export const fileUnreadableRule = defineRule({
  id: 'file/unreadable',
  severity: 'error',
  docs: {
    summary: {
      en: 'the file exists, is a regular file, is UTF-8 text, is under the size limit',
      zh: '文件存在、是普通文件、是 UTF-8 文本，且不超过大小上限',
    },
    explanation: {
      en: 'yuan reads plans and scenarios as UTF-8 text (a byte-order mark is fine) up to a size limit (5 MiB by default). A missing file, a folder where a file was expected, a binary file, or text in another encoding such as GBK cannot be checked. Save the file as UTF-8 (most editors offer "Save with encoding"), check the path, or split a very large file.',
      zh: 'yuan 以 UTF-8 文本读取预案和演练脚本（允许带 BOM），大小不超过上限（默认 5 MiB）。文件不存在、本应是文件却是目录、二进制文件，或使用 GBK 等其他编码的文本，都无法检查。请把文件另存为 UTF-8 编码（多数编辑器有“以某编码保存”），检查路径，或拆分过大的文件。',
    },
    bad: `# x-community-epidemic.yaml saved in GBK: its Chinese text is not UTF-8
yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
stages:
  warning: { title: 预警与宣传, phase: warning, initial: true, on: { confirmed-case: lockdown } }
  lockdown:
    title: 封闭管理
    phase: response
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
    good: `# x-community-epidemic.yaml saved as UTF-8
yuan: 1
kind: plan
id: x-community-epidemic
title: X社区突发公共卫生事件应急预案
review: { last: 2026-06-01, every_months: 12 }
drill: { last: 2026-06-15, every_months: 12 }
stages:
  warning: { title: 预警与宣传, phase: warning, initial: true, on: { confirmed-case: lockdown } }
  lockdown:
    title: 封闭管理
    phase: response
    tasks: [{ id: notify-residents, title: 告知居民封闭管理措施, kind: inform }]
    on: { no-new-cases-14d: recovery }
  recovery: { title: 复工复产与恢复, phase: recovery, final: true }`,
  },
});
