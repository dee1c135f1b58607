import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { listSeats } from '../api/seat-routes.ts';
import { isHeld, needsSelection, seatView } from '../domain/seat.ts';
import type { Seat } from '../domain/seat.ts';
import { DynamoSeatStore } from '../store/dynamo-seat-store.ts';
import type { SeatStore } from '../store/seat-store.ts';

/** GET /selections/seats: seats in GSS code order, filtered, in pages of `{ items, next }`. */
export const listSeatsHandler = (seats: SeatStore): HttpLambdaHandler =>
  httpHandler(listSeats, async ({ query }) => {
    const { settings } = await seats.getSettings();
    const keep = (seat: Seat) =>
      (query.region === undefined || seat.region === query.region) &&
      (query.nation === undefined || seat.nation === query.nation) &&
      (query.held === undefined || isHeld(seat, settings) === query.held) &&
      (query.needsSelection === undefined || needsSelection(seat, settings) === query.needsSelection);
    const page = await seats.listSeats({ limit: query.limit, keep, ...(query.next === undefined ? {} : { next: query.next }) });
    return { status: 200, body: { items: page.items.map((seat) => seatView(seat, settings)), next: page.next ?? null } };
  });

export const handler = listSeatsHandler(new DynamoSeatStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
