import { dynamoDocumentClient, httpHandler, parse, requiredEnv, requireRole } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { SingleLineText } from '@platform/events';
import * as z from 'zod';
import { Nation } from '../domain/nation.ts';
import { isHeld, needsSelection, seatView } from '../domain/seat.ts';
import type { Seat } from '../domain/seat.ts';
import { DynamoSeatStore } from '../store/dynamo-seat-store.ts';
import type { SeatStore } from '../store/seat-store.ts';
import { Cursor, Limit, QueryBoolean } from './query.ts';

const ListSeatsQuery = z
  .object({
    region: SingleLineText(100).optional(),
    nation: Nation.optional(),
    held: QueryBoolean.optional(),
    needsSelection: QueryBoolean.optional(),
    limit: Limit,
    next: Cursor.optional(),
  })
  .strict();

/** GET /selections/seats: seats in GSS code order, filtered, in pages of `{ items, next }`. */
export const listSeatsHandler = (seats: SeatStore): HttpLambdaHandler =>
  httpHandler(async (event, { caller }) => {
    requireRole(caller, 'hq-staff');
    const query = parse(ListSeatsQuery, event.queryStringParameters ?? {}, 'query');
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
