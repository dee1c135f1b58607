import { describe, expect, it } from '@jest/globals';
import { commonsLibraryFile, readResultSeats } from './commons-library-seats.ts';

describe('readResultSeats', () => {
  it('reads the 650 constituencies of the file shipped in data/, 411 of them Labour seats', () => {
    const { seats } = commonsLibraryFile();
    expect({ seats: seats.length, labour: seats.filter((seat) => seat.firstParty === 'Lab').length }).toStrictEqual({ seats: 650, labour: 411 });
    expect(seats.find((seat) => seat.seatId === 'W07000112')).toStrictEqual({
      seatId: 'W07000112',
      name: 'Ynys Môn',
      region: 'Wales',
      country: 'Wales',
      firstParty: 'PC',
      sittingMp: 'Llinos Medi',
      majority: 637,
    });
  });

  it('keeps a comma inside a quoted name, and a doubled quote as one', () => {
    const csv =
      'ONS ID,Constituency name,Region name,Country name,First party,Member first name,Member surname,Majority\n' +
      'S14000005,"Argyll, Bute and South Lochaber",Scotland,Scotland,SNP,Brendan,"O""Hara",4579\n';
    expect(readResultSeats(csv)).toStrictEqual([
      { seatId: 'S14000005', name: 'Argyll, Bute and South Lochaber', region: 'Scotland', country: 'Scotland', firstParty: 'SNP', sittingMp: 'Brendan O"Hara', majority: 4579 },
    ]);
  });

  it('fails on a file without the columns it reads, naming the first missing', () => {
    expect(() => readResultSeats('gss_code,name,region\nE14001063,Aldershot,South East\n')).toThrow('the results file has no "ONS ID" column');
  });
});
