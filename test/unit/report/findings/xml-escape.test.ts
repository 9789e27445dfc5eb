import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText } from '../../../../src/report/escape.js';

describe('escapeXmlText', () => {
  it('escapes markup characters', () => {
    expect(escapeXmlText('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
  });

  it('keeps quotes, tabs, line feeds and wide characters as they are', () => {
    expect(escapeXmlText('"x" \'y\'\tz\n名称 😀')).toBe('"x" \'y\'\tz\n名称 😀');
  });

  it('keeps CR through line-end normalization as a character reference', () => {
    expect(escapeXmlText('a\r\nb')).toBe('a&#13;\nb');
  });

  it('replaces characters XML 1.0 cannot carry with U+FFFD', () => {
    expect(escapeXmlText('a\u0000b\u0008c\u000bd\u001be\ufffef\uffff')).toBe(
      'a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ufffd',
    );
    expect(escapeXmlText('lone \ud800 high, lone \udc00 low, pair \ud83d\ude00')).toBe(
      'lone \ufffd high, lone \ufffd low, pair 😀',
    );
  });
});

describe('escapeXmlAttribute', () => {
  it('escapes both quotes and keeps whitespace through normalization', () => {
    expect(escapeXmlAttribute(`<a href="x">'&'\t\n\r`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&#9;&#10;&#13;',
    );
  });

  it('round-trips through an XML parser', () => {
    const value = `"quoted" 'single' <tag> & 名称\tand\nlines`;
    const xml = `<r a="${escapeXmlAttribute(value)}">${escapeXmlText(value)}</r>`;
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      trimValues: false,
      htmlEntities: true,
    }).parse(xml) as { r: { '#text': string; a: string } };
    expect(parsed.r['#text']).toBe(value);
    expect(parsed.r.a).toBe(value);
  });
});
