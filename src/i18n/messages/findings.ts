/** Messages of the findings formats of `yuan validate`, in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const findingsMessages = defineMessages({
  // Validation findings (src/report/findings/): counts come in a singular and a plural form
  // because English needs both; Chinese uses the same text for each.
  'findings.severity.error': { en: 'error', zh: '错误' },
  'findings.severity.warning': { en: 'warning', zh: '警告' },
  'findings.count.problem.one': { en: '{count} problem', zh: '{count} 个问题' },
  'findings.count.problem.other': { en: '{count} problems', zh: '{count} 个问题' },
  'findings.count.error.one': { en: '{count} error', zh: '{count} 个错误' },
  'findings.count.error.other': { en: '{count} errors', zh: '{count} 个错误' },
  'findings.count.warning.one': { en: '{count} warning', zh: '{count} 个警告' },
  'findings.count.warning.other': { en: '{count} warnings', zh: '{count} 个警告' },
  'findings.count.file.one': { en: '{count} file', zh: '{count} 个文件' },
  'findings.count.file.other': { en: '{count} files', zh: '{count} 个文件' },
  'findings.summary': {
    en: '{problems} ({errors}, {warnings})',
    zh: '共 {problems}（{errors}，{warnings}）',
  },
  'findings.clean': {
    en: '{files} checked, no problems found',
    zh: '已检查 {files}，未发现问题',
  },
  'findings.help.bad': { en: 'Wrong:', zh: '错误写法：' },
  'findings.help.good': { en: 'Right:', zh: '正确写法：' },
});
