import { describe, expect, it } from '@jest/globals';
import { csvCell, csvDocument } from './csv.ts';

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks, RFC 4180 style', () => {
    expect([csvCell('a,b'), csvCell('say "hi"'), csvCell('one\r\ntwo'), csvCell(3), csvCell(null)]).toStrictEqual(['"a,b"', '"say ""hi"""', '"one\ntwo"', '3', '']);
  });

  it('defuses text a spreadsheet would run as a formula, even behind a control character', () => {
    expect([csvCell('=HYPERLINK("x")'), csvCell('\u0000=1+1'), csvCell('+44 20'), csvCell('@SUM(A1)')]).toStrictEqual([
      `"'=HYPERLINK(""x"")"`,
      "'=1+1",
      "'+44 20",
      "'@SUM(A1)",
    ]);
  });

  it('makes every other kind of line break a quoted LF, so a value stays one record', () => {
    expect(csvCell('a\u2028b\u0085c\u000bd')).toBe('"a\nb\nc\nd"');
  });
});

describe('csvDocument', () => {
  it('writes a header row and CRLF line endings', () => {
    expect(csvDocument(['A', 'B'], [['1', null], ['x,y', 2]])).toBe('A,B\r\n1,\r\n"x,y",2\r\n');
  });
});
