import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../../../src/report/findings/display-width.js';
import { assertProperty } from '../../../helpers/property-runs.js';

/** Text of the kinds plans are written in, with the emoji and marks people put in them. */
const SAMPLES = [
  '',
  'error',
  '错误',
  '警告',
  '名称: 社区防控',
  'ｆｕｌｌｗｉｄｔｈ ＡＢＣ',
  'ﾊﾝｶｸ ｶﾀｶﾅ ﾃﾞﾊﾟ',
  'café naïve résumé',
  'e\u0301 a\u0308 n\u0303',
  '한국어 재난 대응',
  '\u1100\u1161\u11a8 \u1100\u1100\u1161 \u1100\u1161\u1161 \u1100\u1161\u11a8\u11a8 \uac00\u11a8',
  'x: 😀 bad',
  '⚠️ 注意 ❤️ ✔ ✖ ©️ ™',
  '1️⃣ #️⃣ 2\u20e3',
  '👩‍💻 👨‍👩‍👧‍👦 🏳️‍🌈 ❤️‍🔥',
  '👍🏽 👋🏿 🏻',
  '🇨🇳 🇺🇸 🇦',
  '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  'zero\u200bwidth\u2060joiner\u00ad soft',
  '\ufffd replacement, \u3000 ideographic space',
  'Ελληνικά кириллица עברית العربية',
  '第①项 ㈱ ㎡ 〒',
  '\ud800 lone \udc00 surrogates',
];

describe('displayWidth', () => {
  it('counts cells as string-width does for the text plans are written in', () => {
    for (const sample of SAMPLES) expect(displayWidth(sample), sample).toBe(stringWidth(sample));
  });

  it('takes ASCII at one cell a character', () => {
    expect(displayWidth('goto: nowhere')).toBe(13);
  });

  it('counts a wide character two cells, and an emoji sequence two cells in all', () => {
    expect(displayWidth('社区')).toBe(4);
    expect(displayWidth('👨‍👩‍👧‍👦')).toBe(2);
    expect(displayWidth('❤️')).toBe(2);
    expect(displayWidth('❤')).toBe(1);
  });

  it('agrees with string-width on any run of letters, marks and emoji', async () => {
    const cluster = fc.constantFrom(
      'a',
      ' ',
      '1',
      '#',
      '社',
      '。',
      '（',
      'Ａ',
      '·',
      '—',
      '…',
      'é',
      'e\u0301',
      '가',
      '각',
      '\u1100\u1161\u11a8',
      'ｶﾞ',
      '\u3000',
      '\u200b',
      '\u00ad',
      '©',
      '©️',
      '✔',
      '✔️',
      '❤',
      '❤️',
      '⚠️',
      '😀',
      '👍🏽',
      '👩‍💻',
      '👨‍👩‍👧‍👦',
      '🏳️‍🌈',
      '❤️‍🔥',
      '1️⃣',
      '1\u20e3',
      '🇨🇳',
    );
    await assertProperty(
      fc.property(fc.array(cluster, { maxLength: 12 }), (clusters) => {
        const text = clusters.join('');
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
      1000,
    );
  });
});
