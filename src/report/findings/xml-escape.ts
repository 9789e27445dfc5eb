/**
 * Escaping for XML 1.0 text and attributes. Written here because the escaping libraries stop at
 * the five entities, while a plan's text can hold characters XML 1.0 cannot carry at all.
 * https://www.w3.org/TR/xml/#charsets
 */

// Everything outside `Char` of XML 1.0 §2.2 (controls other than tab, LF, CR; U+FFFE, U+FFFF;
// unpaired surrogates, which the `u` flag sees as single code points). Not even `&#…;` may
// carry these, so they are replaced by U+FFFD.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

const TEXT_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
};

const ATTRIBUTE_ENTITIES: Record<string, string> = {
  ...TEXT_ENTITIES,
  '"': '&quot;',
  "'": '&apos;',
  // Attribute-value normalization would turn these into spaces (XML 1.0 §3.3.3).
  '\t': '&#9;',
  '\n': '&#10;',
};

/** Text content: `&`, `<`, `>` as entities, CR kept as a character reference, forbidden characters as U+FFFD. */
export function escapeXmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, '\ufffd').replace(/[&<>\r]/g, (char) => TEXT_ENTITIES[char]!);
}

/** An attribute value for either quote, keeping tabs and line breaks through normalization. */
export function escapeXmlAttribute(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '\ufffd')
    .replace(/[&<>\r"'\t\n]/g, (char) => ATTRIBUTE_ENTITIES[char]!);
}
