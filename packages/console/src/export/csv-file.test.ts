import { describe, expect, it } from '@jest/globals';
import { csvText } from './csv-file.ts';

interface Row {
  name: string;
  majority?: number;
  held: boolean;
}

const COLUMNS = [
  { header: 'Seat', value: (row: Row) => row.name },
  { header: 'Majority', value: (row: Row) => row.majority },
  { header: 'Held', value: (row: Row) => row.held },
];

describe('csvText', () => {
  it('writes a header row and one row per item, quoting what needs it, with CRLF line ends', () => {
    expect(csvText(COLUMNS, [{ name: 'Argyll, Bute and South Lochaber', majority: 6_232, held: false }, { name: 'Say "hello"', held: true }])).toBe(
      'Seat,Majority,Held\r\n"Argyll, Bute and South Lochaber",6232,no\r\n"Say ""hello""",,yes\r\n',
    );
  });

  it('writes text a spreadsheet would run as a formula as text', () => {
    expect(csvText(COLUMNS.slice(0, 1), [{ name: '=HYPERLINK("x")', held: false }, { name: '-1', held: false }, { name: '@SUM(A1)', held: false }])).toBe(
      'Seat\r\n"\'=HYPERLINK(""x"")"\r\n\'-1\r\n\'@SUM(A1)\r\n',
    );
  });

  it('writes a negative number as a number', () => {
    expect(csvText([{ header: 'Pence', value: (row: { pence: number }) => row.pence }], [{ pence: -150 }])).toBe('Pence\r\n-150\r\n');
  });
});
