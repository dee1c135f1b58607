import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Seat } from './seat.ts';
import { matchesSearch, SeatSort, seatPage, SortDirection } from './seat-order.ts';
import type { SeatOrder, SeatPosition } from './seat-order.ts';

const seat = (seatId: string, name: string, fields: Partial<Seat> = {}): Seat => ({
  seatId,
  name,
  nation: 'England',
  region: 'South East',
  island: false,
  priority: 2,
  shortlist: 'open',
  flagsRevision: 0,
  importedAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
  ...fields,
});

const SEATS = [
  seat('E14001063', 'Aldershot', { majority: 5_683, electorate: 78_553, region: 'South East' }),
  seat('W07000081', 'Ynys Môn', { majority: 637, electorate: 52_415, region: 'Wales', nation: 'Wales' }),
  seat('E14001064', 'Aldridge-Brownhills', { majority: 2_231, region: 'West Midlands' }),
  seat('S14000027', 'Na h-Eileanan an Iar', { majority: 3_836, electorate: 21_106, region: 'Scotland', nation: 'Scotland' }),
];

const names = (order: SeatOrder) => seatPage(SEATS, order, 10).items.map((item) => item.name);

describe('seatPage', () => {
  it('orders by GSS code by default', () => {
    expect(seatPage(SEATS, { sort: 'gssCode', direction: 'ascending' }, 10).items.map((item) => item.seatId)).toStrictEqual(['E14001063', 'E14001064', 'S14000027', 'W07000081']);
  });

  it('orders by name as people read it, ignoring case and accents', () => {
    expect(names({ sort: 'name', direction: 'ascending' })).toStrictEqual(['Aldershot', 'Aldridge-Brownhills', 'Na h-Eileanan an Iar', 'Ynys Môn']);
  });

  it('orders by majority, largest first when descending', () => {
    expect(names({ sort: 'majority', direction: 'descending' })).toStrictEqual(['Aldershot', 'Na h-Eileanan an Iar', 'Aldridge-Brownhills', 'Ynys Môn']);
  });

  it('puts a seat whose electorate is not known last in either direction', () => {
    expect(names({ sort: 'electorate', direction: 'ascending' }).at(-1)).toBe('Aldridge-Brownhills');
    expect(names({ sort: 'electorate', direction: 'descending' }).at(-1)).toBe('Aldridge-Brownhills');
  });

  it('breaks ties of region by name', () => {
    const order: SeatOrder = { sort: 'region', direction: 'ascending' };
    const tied = [seat('E1', 'Zeal'), seat('E2', 'Abbey'), seat('E3', 'Moor')];
    expect(seatPage(tied, order, 10).items.map((item) => item.name)).toStrictEqual(['Abbey', 'Moor', 'Zeal']);
  });

  it('ends a page that has more after it with the last seat\'s place, and the last page without one', () => {
    const order: SeatOrder = { sort: 'majority', direction: 'ascending' };
    const first = seatPage(SEATS, order, 2);
    expect(first.next).toStrictEqual({ sort: 'majority', direction: 'ascending', value: 2_231, name: 'Aldridge-Brownhills', seatId: 'E14001064' });
    expect(seatPage(SEATS, order, 2, first.next).next).toBeUndefined();
    expect(seatPage(SEATS, order, 4).next).toBeUndefined();
  });

  it('resumes after a removed seat from where it was', () => {
    const order: SeatOrder = { sort: 'name', direction: 'ascending' };
    const first = seatPage(SEATS, order, 2);
    const withoutLast = SEATS.filter((item) => item.name !== 'Aldridge-Brownhills');
    expect(seatPage(withoutLast, order, 2, first.next).items.map((item) => item.name)).toStrictEqual(['Na h-Eileanan an Iar', 'Ynys Môn']);
  });

  it('reads every seat exactly once, in order, whatever the order and page size', () => {
    const arbitrarySeat = fc.record({
      id: fc.integer({ min: 0, max: 99_999_999 }),
      name: fc.constantFrom('Bath', 'bath', 'Bâth', 'Leeds', 'Ynys Môn', 'Zeal'),
      region: fc.constantFrom('London', 'Wales', 'Scotland'),
      majority: fc.option(fc.integer({ min: 0, max: 30_000 }), { nil: undefined }),
      electorate: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(arbitrarySeat, { selector: (item) => item.id, maxLength: 40 }),
        fc.constantFrom(...SeatSort.options),
        fc.constantFrom(...SortDirection.options),
        fc.integer({ min: 1, max: 7 }),
        (rows, sort, direction, limit) => {
          const seats = rows.map((row) =>
            seat(`E${String(row.id).padStart(8, '0')}`, row.name, {
              region: row.region,
              ...(row.majority === undefined ? {} : { majority: row.majority }),
              ...(row.electorate === undefined ? {} : { electorate: row.electorate }),
            }),
          );
          const order = { sort, direction };
          const read: string[] = [];
          let after: SeatPosition | undefined;
          do {
            const page = seatPage(seats, order, limit, after);
            read.push(...page.items.map((item) => item.seatId));
            after = page.next;
          } while (after !== undefined);
          expect(read).toStrictEqual(seatPage(seats, order, seats.length + 1).items.map((item) => item.seatId));
        },
      ),
    );
  });
});

describe('matchesSearch', () => {
  it.each([
    ['ynys mon', 'Ynys Môn', true],
    ['MÔN', 'Ynys Môn', true],
    ['w0700', 'Ynys Môn', true],
    ['leeds', 'Ynys Môn', false],
    ['  ', 'Ynys Môn', true],
  ])('finds %p in %p: %p', (search, name, expected) => {
    expect(matchesSearch({ name, seatId: 'W07000081' }, search)).toBe(expected);
  });
});
