import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { SeatFileHeaderError, SeatFileTooLargeError, SeatFileUnreadableError } from './errors.ts';
import { MAX_ROWS, MAX_SEAT_FILE_BYTES, readSeatsCsv } from './seats-csv.ts';

const HEADER =
  'ONS ID,ONS region ID,Constituency name,County name,Region name,Country name,Constituency type,Declaration time,Member first name,Member surname,Member gender,Result,First party,Second party,Electorate,Valid votes,Invalid votes,Majority';
const ALDERSHOT = 'E14001063,E12000008,Aldershot,,South East,England,Borough,,Alex,Baker,Female,Lab gain from Con,Lab,Con,78553,48544,179,5683';
const ARGYLL =
  'S14000067,S92000003,"Argyll, Bute and South Lochaber",,Scotland,Scotland,County,,Brendan,O\'Hara,Male,SNP hold,SNP,Con,71756,44862,216,6232';

const aldershot = {
  seatId: 'E14001063',
  name: 'Aldershot',
  nation: 'England',
  region: 'South East',
  firstParty: 'Lab',
  majority: 5683,
  electorate: 78553,
  sittingMp: 'Alex Baker',
};
const argyll = {
  seatId: 'S14000067',
  name: 'Argyll, Bute and South Lochaber',
  nation: 'Scotland',
  region: 'Scotland',
  firstParty: 'SNP',
  majority: 6232,
  electorate: 71756,
  sittingMp: "Brendan O'Hara",
};

describe('readSeatsCsv', () => {
  it('reads the Commons Library file as published: header, then one row per constituency', () => {
    // Act
    const file = readSeatsCsv(`${HEADER}\n${ALDERSHOT}\n${ARGYLL}\n`);
    // Assess
    expect(file).toStrictEqual({
      format: 'commons-library',
      rows: [
        { line: 2, seat: aldershot },
        { line: 3, seat: argyll },
      ],
      rejected: [],
    });
  });

  it('reads a copy with a BOM, title and note lines above the header, quoted thousands, trailing commas and CRLF', () => {
    // Prepare
    const withSeparators = (row: string) => row.replace(',78553,48544,179,5683', ',"78,553","48,544",179,"5,683"');
    const text =
      '\uFEFFGeneral election 2024: results by constituency,\r\n' +
      'Source: House of Commons Library, CBP-10009,\r\n' +
      '\r\n' +
      `${HEADER},\r\n${withSeparators(ALDERSHOT)},\r\n${ARGYLL},\r\n`;
    // Act
    const file = readSeatsCsv(text);
    // Assess
    expect(file).toStrictEqual({
      format: 'commons-library',
      rows: [
        { line: 5, seat: aldershot },
        { line: 6, seat: argyll },
      ],
      rejected: [],
    });
  });

  it('finds the columns by name, whatever their order and whether County name is there', () => {
    // Prepare
    const text = 'Country name,Majority,Constituency name,Region name,ONS ID\nEngland,5683,Aldershot,South East,E14001063\n';
    // Act
    const file = readSeatsCsv(text);
    // Assess
    expect(file.rows).toStrictEqual([
      { line: 2, seat: { seatId: 'E14001063', name: 'Aldershot', nation: 'England', region: 'South East', majority: 5683 } },
    ]);
  });

  it('reads a minimal CSV, taking the nation from the GSS code', () => {
    // Act
    const file = readSeatsCsv('gss_code,name,region\nW07000112,Ynys Môn,Wales\nN05000001,Belfast East,Northern Ireland\n');
    // Assess
    expect(file).toStrictEqual({
      format: 'minimal',
      rows: [
        { line: 2, seat: { seatId: 'W07000112', name: 'Ynys Môn', nation: 'Wales', region: 'Wales' } },
        { line: 3, seat: { seatId: 'N05000001', name: 'Belfast East', nation: 'Northern Ireland', region: 'Northern Ireland' } },
      ],
      rejected: [],
    });
  });

  it('skips blank lines, lines of spaces and lines of empty cells, keeping the true line numbers of the rows after them', () => {
    // Act
    const file = readSeatsCsv(`${HEADER}\n\n${ALDERSHOT}\n,,,,\n   \n${ARGYLL}\n\n`);
    // Assess
    expect(file.rows.map(({ line, seat }) => [line, seat.seatId])).toStrictEqual([
      [3, 'E14001063'],
      [6, 'S14000067'],
    ]);
    expect(file.rejected).toStrictEqual([]);
  });

  it('rejects each bad row with its line and every reason, and keeps the good ones', () => {
    // Prepare
    const text = [
      'gss_code,name,region',
      'E14001063,Aldershot,South East',
      'E1400106,Short code,South East',
      'X14001063,,',
      'W07000112,Ynys Môn,Wales',
    ].join('\n');
    // Act
    const file = readSeatsCsv(text);
    // Assess
    expect(file).toStrictEqual({
      format: 'minimal',
      rows: [
        { line: 2, seat: { seatId: 'E14001063', name: 'Aldershot', nation: 'England', region: 'South East' } },
        { line: 5, seat: { seatId: 'W07000112', name: 'Ynys Môn', nation: 'Wales', region: 'Wales' } },
      ],
      rejected: [
        { line: 3, reason: "'E1400106' is not a GSS code (a country letter E, N, S or W and eight digits, e.g. E14001063)" },
        {
          line: 4,
          reason:
            "'X14001063' is not a GSS code (a country letter E, N, S or W and eight digits, e.g. E14001063); the constituency name is empty; the region is empty",
        },
      ],
    });
  });

  it('rejects numbers that are not whole, and a country that contradicts the code', () => {
    // Prepare
    const text = 'ONS ID,Constituency name,Region name,Country name,Electorate,Majority\nE14001063,Aldershot,South East,Wales,78 553,5.5\n';
    // Act
    const file = readSeatsCsv(text);
    // Assess
    expect(file.rejected).toStrictEqual([
      {
        line: 2,
        seatId: 'E14001063',
        reason: "the country Wales does not match the code, which is in England; the majority '5.5' is not a whole number",
      },
    ]);
  });

  it('rejects every row of a GSS code that appears twice, since which is right cannot be told', () => {
    // Act
    const file = readSeatsCsv(`${HEADER}\n${ALDERSHOT}\n${ARGYLL}\n${ALDERSHOT.replace('5683', '5684')}\n`);
    // Assess
    expect(file).toStrictEqual({
      format: 'commons-library',
      rows: [{ line: 3, seat: argyll }],
      rejected: [
        { line: 2, seatId: 'E14001063', reason: 'E14001063 appears on lines 2, 4, so none of them was imported' },
        { line: 4, seatId: 'E14001063', reason: 'E14001063 appears on lines 2, 4, so none of them was imported' },
      ],
    });
  });

  it('fails on a file without a recognisable header, naming the columns it lacks', () => {
    // Act
    const act = () => readSeatsCsv('ONS ID,Name,Region\nE14001063,Aldershot,South East\n');
    // Assess
    expect(act).toThrow(SeatFileHeaderError);
    expect(act).toThrow(
      'the file has no header line naming the columns ONS ID, Constituency name, Region name and Country name (the Commons ' +
        'Library results file) or gss_code, name and region (a minimal CSV), so nothing was imported; missing: ' +
        'Constituency name, Region name, Country name; the first line reads: ONS ID,Name,Region',
    );
  });

  it('fails on an empty file', () => {
    expect(() => readSeatsCsv('\n\n')).toThrow(
      'nothing was imported; missing: ONS ID, Constituency name, Region name, Country name; the first line reads: (the file is empty)',
    );
  });

  it('fails on a file that is not CSV, giving the line', () => {
    // Act
    const act = () => readSeatsCsv('gss_code,name,region\nE14001063,"Aldershot,South East\n');
    // Assess
    expect(act).toThrow(SeatFileUnreadableError);
    expect(act).toThrow('the file cannot be read as CSV at line 2, so nothing was imported');
  });

  it('reads the same seats whatever the order of the columns', () => {
    const columns = ['ONS ID', 'Constituency name', 'Region name', 'Country name', 'Majority'];
    const values = [
      ['E14001063', 'Aldershot', 'South East', 'England', '5683'],
      ['S14000067', '"Argyll, Bute and South Lochaber"', 'Scotland', 'Scotland', '"6,232"'],
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }), (order) => {
        const text = [order.map((i) => columns[i]).join(','), ...values.map((row) => order.map((i) => row[i]).join(','))].join('\r\n');
        expect(readSeatsCsv(text).rows.map(({ seat }) => seat)).toStrictEqual([
          { seatId: 'E14001063', name: 'Aldershot', nation: 'England', region: 'South East', majority: 5683 },
          { seatId: 'S14000067', name: 'Argyll, Bute and South Lochaber', nation: 'Scotland', region: 'Scotland', majority: 6232 },
        ]);
      }),
    );
  });
});

describe('the size of a seats file', () => {
  const minimal = (rows: number) =>
    ['gss_code,name,region', ...Array.from({ length: rows }, (_, index) => `E14${String(index).padStart(6, '0')},Seat ${index},South East`)].join('\n');

  it('fails on a file over 2 MB before reading it, stating the limit', () => {
    // Prepare: a valid header, then padding past the limit
    const file = `${minimal(1)}\n${'x'.repeat(MAX_SEAT_FILE_BYTES)}`;
    // Act
    const act = () => readSeatsCsv(file);
    // Assess
    expect(act).toThrow(SeatFileTooLargeError);
    expect(act).toThrow(
      `the file is too large to import, so nothing was imported: it is ${Buffer.byteLength(file)} bytes, more than the 2097152 (2 MB) an import takes; split it or send only the seats that changed`,
    );
  });

  it('counts bytes, not characters: 700,000 three-byte characters are over 2 MB', () => {
    expect(() => readSeatsCsv(`gss_code,name,region\n${'€'.repeat(700_000)}`)).toThrow(SeatFileTooLargeError);
  });

  it('fails on a file of 2,001 rows, stating the limit', () => {
    expect(() => readSeatsCsv(minimal(MAX_ROWS + 1))).toThrow(
      'the file is too large to import, so nothing was imported: it has 2001 data rows, more than the 2000 a list of seats may have; split it or send only the seats that changed',
    );
  });

  it('reads a file of 2,000 rows', () => {
    expect(readSeatsCsv(minimal(MAX_ROWS)).rows).toHaveLength(2_000);
  });
});
