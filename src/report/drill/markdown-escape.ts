/**
 * Escaping of plan and journal text for Markdown (CommonMark and GitHub): markup characters are
 * backslash-escaped and HTML is turned into entities, so `<script>` in a title stays text on every
 * renderer, and a `|` cannot break a table.
 */

/** Text safe inside a Markdown paragraph, list item or table cell; line breaks become `<br>`. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]|~#!]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, '<br>');
}
