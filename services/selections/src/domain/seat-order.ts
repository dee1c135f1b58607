import { GssCode, SingleLineText } from '@platform/events';
import * as z from 'zod';
import type { Seat } from './seat.ts';

/** The orders the seats list offers: GSS code (the default), or a column of the list. */
export const SeatSort = z.enum(['gssCode', 'name', 'region', 'majority', 'electorate']);
export type SeatSort = z.infer<typeof SeatSort>;

export const SortDirection = z.enum(['ascending', 'descending']);
export type SortDirection = z.infer<typeof SortDirection>;

/**
 * Where a page of the list ended: the order it was read in and the last seat's place in that order. The
 * next page starts after this place, so a seat changed or removed in between never shifts a page.
 */
export const SeatPosition = z.strictObject({
  sort: SeatSort,
  direction: SortDirection,
  /** The last seat's value in the sorted column: text for name and region, a count for the figures (null when not known, and for GSS code order). */
  value: z.union([SingleLineText(200), z.int().nonnegative(), z.null()]),
  name: SingleLineText(200),
  seatId: GssCode,
});
export type SeatPosition = z.infer<typeof SeatPosition>;

export interface SeatOrder {
  sort: SeatSort;
  direction: SortDirection;
}

type Place = Pick<SeatPosition, 'value' | 'name' | 'seatId'>;

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

const placeOf = (seat: Seat, sort: SeatSort): Place => ({
  value: sort === 'gssCode' ? null : sort === 'name' ? seat.name : sort === 'region' ? seat.region : (seat[sort] ?? null),
  name: seat.name,
  seatId: seat.seatId,
});

/**
 * Orders two places: by the sorted column in the chosen direction, then by name, then GSS code, so the order
 * is total and paging by position never skips or repeats a seat. A figure not known sorts last whichever the
 * direction, as a missing majority is not a small one.
 */
const comparePlaces = ({ sort, direction }: SeatOrder, a: Place, b: Place): number => {
  if (sort === 'gssCode') return a.seatId < b.seatId ? -1 : a.seatId > b.seatId ? 1 : 0;
  const sign = direction === 'descending' ? -1 : 1;
  const byValue =
    a.value === null || b.value === null
      ? a.value === b.value
        ? 0
        : a.value === null
          ? 1
          : -1
      : typeof a.value === 'number' && typeof b.value === 'number'
        ? sign * (a.value - b.value)
        : sign * collator.compare(String(a.value), String(b.value));
  return byValue || collator.compare(a.name, b.name) || (a.seatId < b.seatId ? -1 : a.seatId > b.seatId ? 1 : 0);
};

const folded = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * Whether a seat's name or GSS code contains the search, ignoring case and accents ("ynys mon" finds Ynys Môn).
 *
 * @example
 * matchesSearch(seat, 'E1400'); // true for every English seat
 */
export const matchesSearch = (seat: Pick<Seat, 'name' | 'seatId'>, search: string): boolean => {
  const needle = folded(search.trim());
  return needle === '' || seat.seatId.toLowerCase().includes(needle) || folded(seat.name).includes(needle);
};

export interface SeatPage {
  items: Seat[];
  /** Where the page ended, when more seats follow. */
  next?: SeatPosition;
}

/**
 * One page of seats in an order: those after `after` (the previous page's end), at most `limit`.
 *
 * @example
 * const first = seatPage(seats, { sort: 'majority', direction: 'descending' }, 50);
 * const second = seatPage(seats, { sort: 'majority', direction: 'descending' }, 50, first.next);
 */
export const seatPage = (seats: readonly Seat[], order: SeatOrder, limit: number, after?: SeatPosition): SeatPage => {
  const sorted = seats.map((seat) => ({ seat, place: placeOf(seat, order.sort) })).sort((a, b) => comparePlaces(order, a.place, b.place));
  const rest = after === undefined ? sorted : sorted.filter(({ place }) => comparePlaces(order, place, after) > 0);
  const page = rest.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ seat }) => seat),
    ...(rest.length > limit && last !== undefined ? { next: { ...order, ...last.place } } : {}),
  };
};
