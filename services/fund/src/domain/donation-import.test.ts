import { describe, expect, it } from '@jest/globals';
import { InvalidInputError, PayloadTooLargeError } from '@platform/kit';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, readDonationImport } from './donation-import.ts';

const NOW = new Date('2026-06-01T12:00:00.000Z');

describe('readDonationImport', () => {
  it('reads each row as a donation, with donor details where given, by line', () => {
    const csv = [
      'donationId,amountPence,receivedOn,source,donorName,donorEmail',
      'gc-1,2500,2026-05-31,membership,,',
      '',
      'gc-2,60000,2026-05-30,donation,"Smith, Jo",jo@example.org',
    ].join('\r\n');
    expect(readDonationImport(csv, NOW)).toStrictEqual({
      accepted: [
        { line: 2, donation: { donationId: 'gc-1', amountPence: 2_500, receivedOn: '2026-05-31', source: 'membership' } },
        {
          line: 4,
          donation: { donationId: 'gc-2', amountPence: 60_000, receivedOn: '2026-05-30', source: 'donation', donor: { name: 'Smith, Jo', email: 'jo@example.org' } },
        },
      ],
      rejected: [],
    });
  });

  it('reports every problem of every bad row by line, and keeps the good rows', () => {
    const csv = [
      '\uFEFFdonationId,amountPence,receivedOn,source',
      'gc-1,12.50,2026-05-31,donation',
      'gc-2,-5,2026-02-30,gift',
      'gc-3,2500,2026-06-05,donation',
      'gc-4,2500,2026-05-31,donation',
      'gc-4,2500,2026-05-31,donation',
      'gc-5,2500',
      ',0,2026-05-31,other',
    ].join('\n');
    const { accepted, rejected } = readDonationImport(csv, NOW);
    expect(accepted.map(({ line }) => line)).toStrictEqual([5]);
    expect(rejected).toStrictEqual([
      { line: 2, errors: [{ field: 'amountPence', message: 'must be whole pence, digits only, e.g. 2500 for £25' }] },
      {
        line: 3,
        errors: [
          { field: 'amountPence', message: 'must be whole pence, digits only, e.g. 2500 for £25' },
          { field: 'receivedOn', message: 'Invalid ISO date' },
          { field: 'source', message: 'Invalid option: expected one of "donation"|"membership"|"fundraising"|"affiliation"|"other"' },
        ],
      },
      { line: 4, errors: [{ field: 'receivedOn', message: 'receivedOn 2026-06-05 is in the future; the latest date accepted now is 2026-06-02' }] },
      { line: 6, errors: [{ field: 'donationId', message: 'repeats the donation on line 5' }] },
      {
        line: 7,
        errors: [
          { field: '(row)', message: 'expected 4 fields, found 2' },
          { field: 'receivedOn', message: 'Invalid ISO date' },
          { field: 'source', message: 'Invalid option: expected one of "donation"|"membership"|"fundraising"|"affiliation"|"other"' },
        ],
      },
      {
        line: 8,
        errors: [
          { field: 'donationId', message: 'an id is 1 to 128 letters, digits, dots, underscores, colons or hyphens, starting with a letter or digit' },
          { field: 'amountPence', message: 'Too small: expected number to be >0' },
        ],
      },
    ]);
  });

  it('fails on a header without the required columns, or with unknown ones, naming each', () => {
    const act = () => readDonationImport('donationId,amount,receivedOn,source\nd-1,100,2026-05-01,donation\n', NOW);
    expect(act).toThrow(InvalidInputError);
    expect(act).toThrow(expect.objectContaining({
      issues: [
        { path: ['body', 'header', 'amountPence'], message: 'required column is missing' },
        {
          path: ['body', 'header', 'amount'],
          message: 'unknown column; the columns are donationId, amountPence, receivedOn, source, donorName, donorEmail, donorPostcode, donorReference',
        },
      ],
    }));
  });

  it.each([
    ['an empty body', '', 'the CSV is empty'],
    ['a header alone', 'donationId,amountPence,receivedOn,source\n', 'the CSV cannot be imported'],
    ['an unclosed quote', 'donationId,amountPence,receivedOn,source\n"d-1,100,2026-05-01,donation\n', 'the body is not readable as CSV'],
  ])('fails on %s', (_what, csv, message) => {
    const act = () => readDonationImport(csv, NOW);
    expect(act).toThrow(InvalidInputError);
    expect(act).toThrow(message);
  });
});

describe('the size of a donation import', () => {
  const rows = (count: number) =>
    ['donationId,amountPence,receivedOn,source', ...Array.from({ length: count }, (_, index) => `gc-${index},100,2026-05-31,donation`)].join('\n');

  it('fails on a CSV over 4 MB before reading it, stating the limit', () => {
    // Prepare
    const csv = `${rows(1)}\n${'x'.repeat(MAX_IMPORT_BYTES)}`;
    // Act
    const act = () => readDonationImport(csv, NOW);
    // Assess
    expect(act).toThrow(PayloadTooLargeError);
    expect(act).toThrow(`the CSV is ${Buffer.byteLength(csv)} bytes, more than the 4194304 (4 MB) one import takes; split it into smaller files`);
  });

  it('fails on a CSV of 5,001 donations, stating the limit', () => {
    expect(() => readDonationImport(rows(MAX_IMPORT_ROWS + 1), NOW)).toThrow(
      new PayloadTooLargeError('the CSV has 5001 donations, more than the 5000 one import takes; split it into smaller files'),
    );
  });

  it('reads a CSV of 5,000 donations', () => {
    expect(readDonationImport(rows(MAX_IMPORT_ROWS), NOW).accepted).toHaveLength(5_000);
  });
});
