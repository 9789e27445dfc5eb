/** The languages yuan speaks, and how the user's language is chosen (cli.md). */

/** A supported language. */
export type Lang = 'en' | 'zh';

/** `--lang` first, else LC_ALL, LC_MESSAGES, LANG (a `zh…` locale means Chinese), else English. */
export function detectLang(
  flag: string | undefined,
  env: Record<string, string | undefined>,
): Lang {
  if (flag === 'zh' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
