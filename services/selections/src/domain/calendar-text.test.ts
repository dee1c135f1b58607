import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { calendarText } from './calendar-text.ts';

describe('calendarText', () => {
  it.each([
    ['a bare CR', 'Ynys\rMôn', 'Ynys\nMôn'],
    ['CRLF', 'Ynys\r\nMôn', 'Ynys\nMôn'],
    ['U+2028 and U+2029', 'a\u2028b\u2029c', 'a\nb\nc'],
    ['NEL, VT, FF and the C0 separators', 'a\u0085b\u000bc\u000cd\u001ce\u001df\u001eg', 'a\nb\nc\nd\ne\nf\ng'],
    ['NUL, BEL, ESC, DEL and a C1 control', 'a\u0000b\u0007c\u001b[2Jd\u007fe\u0090f', 'abc[2Jdef'],
    ['a lone surrogate', 'a\ud800b', 'a\ufffdb'],
  ])('turns %s into plain text', (_what, value, expected) => {
    expect(calendarText(value)).toBe(expected);
  });

  it('keeps tabs, LF and any printable text as they are', () => {
    expect(calendarText('Ynys Môn\tGlyndŵr; "Argyll, Bute"\n🏴󠁧󠁢󠁷󠁬󠁳󠁿')).toBe('Ynys Môn\tGlyndŵr; "Argyll, Bute"\n🏴󠁧󠁢󠁷󠁬󠁳󠁿');
  });

  it('leaves no control character but tab and LF, and no other line break, in any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (value) => {
        expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]/.test(calendarText(value))).toBe(false);
        expect(calendarText(value).isWellFormed()).toBe(true);
      }),
    );
  });
});
