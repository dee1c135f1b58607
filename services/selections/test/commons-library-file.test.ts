import './env.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { lambdaContext } from '@platform/kit/testing';
import { importSeatsHandler } from '../src/handlers/import-seats.ts';
import { planImport } from '../src/domain/seat-import.ts';
import { needsSelection } from '../src/domain/seat.ts';
import type { Seat } from '../src/domain/seat.ts';
import { readSeatsCsv } from '../src/domain/seats-csv.ts';
import { DEFAULT_SETTINGS, SPEAKER_REASON, withSpeakerSeats } from '../src/domain/settings.ts';
import { bodyOf, request } from './fixtures.ts';
import { InMemorySeatStore } from './in-memory-stores.ts';

// The Commons Library's own file, committed byte for byte in data/ at the repository root (see data/README.md).
const FILE = fileURLToPath(new URL('../../../data/HoC-GE2024-results-by-constituency.csv', import.meta.url));

const readFile = () => readFileSync(FILE, 'utf8');
const NOW = '2026-05-01T10:00:00.000Z';
const seatsOf = (text: string): Seat[] => planImport(readSeatsCsv(text), new Map(), NOW).writes.flatMap((write) => (write.kind === 'create' ? [write.seat] : []));

describe('the Commons Library results file HoC-GE2024-results-by-constituency.csv', () => {
  it('reads all 650 constituencies, rejecting none', () => {
    // Act
    const file = readSeatsCsv(readFile());
    // Assess
    expect({ format: file.format, rows: file.rows.length, rejected: file.rejected }).toStrictEqual({ format: 'commons-library', rows: 650, rejected: [] });
    expect(file.rows.find(({ seat }) => seat.seatId === 'W07000112')).toStrictEqual({
      line: 649,
      seat: { seatId: 'W07000112', name: 'Ynys Môn', nation: 'Wales', region: 'Wales', firstParty: 'PC', majority: 637, electorate: 53141, sittingMp: 'Llinos Medi' },
    });
  });

  it('matches the published totals: 543 seats in England, 57 in Scotland, 32 in Wales, 18 in Northern Ireland, 48,253,193 electors', () => {
    // Act
    const seats = seatsOf(readFile());
    const byNation = Object.fromEntries(['England', 'Scotland', 'Wales', 'Northern Ireland'].map((nation) => [nation, seats.filter((seat) => seat.nation === nation).length]));
    // Assess
    expect(byNation).toStrictEqual({ England: 543, Scotland: 57, Wales: 32, 'Northern Ireland': 18 });
    expect(seats.reduce((total, seat) => total + (seat.electorate ?? 0), 0)).toBe(48_253_193);
    expect(seats.filter((seat) => seat.firstParty === 'Lab')).toHaveLength(411);
  });

  it('flags the five island constituencies, and only them', () => {
    expect(seatsOf(readFile()).filter((seat) => seat.island).map((seat) => seat.name).sort()).toStrictEqual([
      'Isle of Wight East',
      'Isle of Wight West',
      'Na h-Eileanan an Iar',
      'Orkney and Shetland',
      'Ynys Môn',
    ]);
  });

  it("finds 220 seats needing a selection with the defaults: 650, less 18 in Northern Ireland, 411 held and the Speaker's", () => {
    // Prepare
    const plan = planImport(readSeatsCsv(readFile()), new Map(), NOW);
    const seats = plan.writes.flatMap((write) => (write.kind === 'create' ? [write.seat] : []));
    // Act
    const { settings, added } = withSpeakerSeats(DEFAULT_SETTINGS, plan.speakerSeatIds);
    // Assess
    expect(added).toStrictEqual([{ seatId: 'E14001170', reason: SPEAKER_REASON }]);
    expect(seats.filter((seat) => needsSelection(seat, settings))).toHaveLength(220);
  });

  it('reads the same seats from a copy reshaped as the table circulates: BOM, title lines, CRLF, quoted thousands, trailing commas, no County name', () => {
    // Prepare
    const [header = '', ...rows] = readFile().trimEnd().split('\n');
    const county = header.split(',').indexOf('County name');
    const reshape = (line: string) => {
      const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((cell) => cell.replace(/,$/, '')).slice(0, header.split(',').length);
      cells.splice(county, 1);
      return `${cells.map((cell) => (/^\d{4,}$/.test(cell) ? `"${Number(cell).toLocaleString('en-GB')}"` : cell)).join(',')},`;
    };
    const copy = `\uFEFFGeneral election 2024 results,\r\nHouse of Commons Library,\r\n\r\n${[header, ...rows].map(reshape).join('\r\n')}\r\n`;
    // Act
    const reshaped = seatsOf(copy);
    // Assess
    expect(copy).toContain('"72,580"');
    expect(reshaped).toStrictEqual(seatsOf(readFile()));
  });

  it('imports through POST /selections/seats/import: 650 created, the Speaker set aside, 220 needing a selection, then 650 unchanged', async () => {
    // Prepare
    const seats = new InMemorySeatStore();
    const handler = importSeatsHandler(seats);
    const importing = () => request({ method: 'POST', path: '/selections/seats/import', body: readFile(), headers: { 'content-type': 'text/csv' } });
    // Act
    const first = bodyOf(await handler(importing(), lambdaContext())) as { counts: unknown; uncontestedAdded: unknown };
    const second = bodyOf(await handler(importing(), lambdaContext())) as { counts: unknown };
    // Assess
    expect(first.counts).toStrictEqual({ created: 650, updated: 0, unchanged: 0, rejected: 0 });
    expect(first.uncontestedAdded).toStrictEqual([{ seatId: 'E14001170', reason: SPEAKER_REASON }]);
    expect(second.counts).toStrictEqual({ created: 0, updated: 0, unchanged: 650, rejected: 0 });
    expect([...seats.seats.values()].filter((seat) => needsSelection(seat, seats.stored.settings))).toHaveLength(220);
  });
});
