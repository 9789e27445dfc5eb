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
    bad: `# x-community-epidemic.yaml saved in GBK: bytes that are not UTF-8`,
    good: `# x-community-epidemic.yaml saved as UTF-8
yuan: 1
kind: plan`,
  },
});
