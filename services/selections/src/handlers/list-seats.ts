import { dynamoDocumentClient, httpHandler, opaqueCursor, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { listSeats } from '../api/seat-routes.ts';
import { isHeld, needsSelection, seatView } from '../domain/seat.ts';
import type { Seat } from '../domain/seat.ts';
import { matchesSearch, SeatPosition, seatPage } from '../domain/seat-order.ts';
import { DynamoSeatStore } from '../store/dynamo-seat-store.ts';
import type { SeatStore } from '../store/seat-store.ts';

const pageCursor = opaqueCursor(SeatPosition, 'next');

/**
 * GET /selections/seats: seats filtered, searched and sorted, in pages of `{ items, next }`. Every page reads
 * all the seats (at most 2,000, under 1 MB, so one or two queries) and orders them here: sorting by any column
 * in DynamoDB would take an index per column for a list this small.
 */
export const listSeatsHandler = (seats: SeatStore): HttpLambdaHandler =>
  httpHandler(listSeats, async ({ query }) => {
    const order = { sort: query.sort, direction: query.direction };
    // A cursor of another order would resume at a place that means nothing in this one.
    const after = query.next === undefined ? undefined : pageCursor.decode(query.next, (position) => position.sort === order.sort && position.direction === order.direction);
    const [{ settings }, all] = await Promise.all([seats.getSettings(), seats.allSeats()]);
    const keep = (seat: Seat) =>
      (query.region === undefined || seat.region === query.region) &&
      (query.nation === undefined || seat.nation === query.nation) &&
      (query.held === undefined || isHeld(seat, settings) === query.held) &&
      (query.needsSelection === undefined || needsSelection(seat, settings) === query.needsSelection) &&
      (query.search === undefined || matchesSearch(seat, query.search));
    const page = seatPage(all.filter(keep), order, query.limit, after);
    return { status: 200, body: { items: page.items.map((seat) => seatView(seat, settings)), next: page.next === undefined ? null : pageCursor.encode(page.next) } };
  });

export const handler = listSeatsHandler(new DynamoSeatStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
