import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { patchSeat } from '../api/seat-routes.ts';
import { seatView } from '../domain/seat.ts';
import { DynamoSeatStore } from '../store/dynamo-seat-store.ts';
import type { SeatStore } from '../store/seat-store.ts';

/**
 * PATCH /selections/seats/{seatId}: HQ staff set a seat's flags; `boundaryReviewUntil: null` clears the review.
 * With `expectedRevision`, flags changed by someone else since they were read are a 409, never overwritten.
 */
export const patchSeatHandler = (seats: SeatStore): HttpLambdaHandler =>
  httpHandler(patchSeat, async ({ params: { seatId }, body: { expectedRevision, ...change } }, { logger }) => {
    const seat = await seats.updateFlags(seatId, change, new Date().toISOString(), expectedRevision);
    logger.info('seat flags changed', { seatId, flags: Object.keys(change) });
    const { settings } = await seats.getSettings();
    return { status: 200, body: seatView(seat, settings) };
  });

export const handler = patchSeatHandler(new DynamoSeatStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
