import { describe, expect, it } from 'vitest';
import { codeFrame, printable } from '../../../../src/report/findings/code-frame.js';

describe('codeFrame', () => {
  it('puts the caret under the column of an ASCII line and spans the range', () => {
    const frame = codeFrame('    goto: nowhere', 11, 18);
    expect(frame.source).toBe('    goto: nowhere');
    expect(frame.marker).toBe('          ^^^^^^^');
  });

  it('expands tabs to stops of four so the caret still lines up', () => {
    // \t goto: \t nowhere: 'n' is UTF-16 index 7, column 8.
    const frame = codeFrame('\tgoto:\tnowhere', 8, 15);
    expect(frame.source).toBe('    goto:   nowhere');
    expect(frame.marker).toBe('            ^^^^^^^');
  });

  it('counts wide CJK characters as two cells', () => {
    // 名称: 社区防控 — '社' is UTF-16 index 4, after 2+2+1+1 display cells.
    const frame = codeFrame('名称: 社区防控', 5, 9);
    expect(frame.source).toBe('名称: 社区防控');
    expect(frame.marker).toBe('      ^^^^^^^^');
  });

  it('counts an astral character (two UTF-16 units) by its display width', () => {
    const frame = codeFrame('x: 😀 bad', 7, 10);
    expect(frame.marker).toBe('      ^^^');
  });

  it('shows a single caret when the range is empty or ends on another line', () => {
    expect(codeFrame('abc', 2, 2).marker).toBe(' ^');
    expect(codeFrame('abc', 2).marker).toBe(' ^');
  });

  it('puts the caret just after the text when the column is past the end', () => {
    expect(codeFrame('abc', 9).marker).toBe('   ^');
  });

  it('replaces terminal escapes and bidi overrides in the shown line', () => {
    const frame = codeFrame('a\u001b[31mb\u202ec', 8);
    expect(frame.source).toBe('a\ufffd[31mb\ufffdc');
    expect(frame.marker).toBe('       ^');
  });

  it('cuts a very long line to a window around the column', () => {
    const line = `${'a'.repeat(500)}XYZ${'b'.repeat(500)}`;
    const frame = codeFrame(line, 501, 504);
    expect(frame.source.length).toBeLessThan(200);
    expect(frame.source.startsWith('…')).toBe(true);
    expect(frame.source.endsWith('…')).toBe(true);
    const caret = frame.marker.indexOf('^');
    expect(frame.source.slice(caret, caret + 3)).toBe('XYZ');
    expect(frame.marker.slice(caret)).toBe('^^^');
  });
});

describe('printable', () => {
  it('keeps a message on one line without control characters', () => {
    expect(printable('one\r\ntwo\nthree\u0007')).toBe('one two three\ufffd');
    expect(printable('名称 😀 plain')).toBe('名称 😀 plain');
  });
});
