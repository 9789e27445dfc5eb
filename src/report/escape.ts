/**
 * Escaping plan and journal text for every output format that is markup: HTML and SVG, Markdown,
 * XML. Plan text is shown as written, never obeyed: a `<script>` in a title stays text.
 */

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe in an HTML or SVG element's content and in a quoted attribute value (both quote kinds). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ENTITIES[character]!);
}

/**
 * Text safe inside a Markdown paragraph, list item or table cell (CommonMark and GitHub): markup
 * characters are backslash-escaped, HTML becomes entities, a `|` cannot break a table, and line
 * breaks become `<br>`.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]|~#!]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, '<br>');
}

// XML: written here because the escaping libraries stop at the five entities, while a plan's
// text can hold characters XML 1.0 cannot carry at all (https://www.w3.org/TR/xml/#charsets).
// Everything outside `Char` of XML 1.0 §2.2 (controls other than tab, LF, CR; U+FFFE, U+FFFF;
// unpaired surrogates, which the `u` flag sees as single code points) becomes U+FFFD: not even
// `&#…;` may carry these.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

const XML_TEXT_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
};

const XML_ATTRIBUTE_ENTITIES: Record<string, string> = {
  ...XML_TEXT_ENTITIES,
  '"': '&quot;',
  "'": '&apos;',
  // Attribute-value normalization would turn these into spaces (XML 1.0 §3.3.3).
  '\t': '&#9;',
  '\n': '&#10;',
};

/** XML text content: `&`, `<`, `>` as entities, CR as a character reference, forbidden characters as U+FFFD. */
export function escapeXmlText(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '\ufffd')
    .replace(/[&<>\r]/g, (char) => XML_TEXT_ENTITIES[char]!);
}

/** An XML attribute value for either quote, keeping tabs and line breaks through normalization. */
export function escapeXmlAttribute(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '\ufffd')
    .replace(/[&<>\r"'\t\n]/g, (char) => XML_ATTRIBUTE_ENTITIES[char]!);
}
