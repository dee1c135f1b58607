import { CalendarDate, GssCode } from '@platform/events';
import { dynamoDocumentClient, httpHandler, parse, requiredEnv, requireRole } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import * as z from 'zod';
import { SeatPriority, seatView, Shortlist } from '../domain/seat.ts';
import { DynamoSeatStore } from '../store/dynamo-seat-store.ts';
import type { SeatStore } from '../store/seat-store.ts';

const SeatPath = z.object({ seatId: GssCode });

const SeatFlagsBody = z
  .object({
    island: z.boolean().optional(),
    boundaryReviewUntil: CalendarDate.nullable().optional(),
    priority: SeatPriority.optional(),
    shortlist: Shortlist.optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'give at least one of island, boundaryReviewUntil, priority, shortlist');

/** PATCH /selections/seats/{seatId}: HQ staff set a seat's flags; `boundaryReviewUntil: null` clears the review. */
export const patchSeatHandler = (seats: SeatStore): HttpLambdaHandler =>
  httpHandler(async (event, { caller, logger }) => {
    requireRole(caller, 'hq-staff');
    const { seatId } = parse(SeatPath, event.pathParameters, 'path');
    const change = parse(SeatFlagsBody, event.body, 'body');
    const seat = await seats.updateFlags(seatId, change, new Date().toISOString());
    logger.info('seat flags changed', { seatId, flags: Object.keys(change) });
    const { settings } = await seats.getSettings();
    return { status: 200, body: seatView(seat, settings) };
  });

export const handler = patchSeatHandler(new DynamoSeatStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
