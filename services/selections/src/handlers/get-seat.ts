import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getSeat } from '../api/seat-routes.ts';
import { SeatNotFoundError } from '../domain/errors.ts';
import { seatView } from '../domain/seat.ts';
import { DynamoSeatStore } from '../store/dynamo-seat-store.ts';
import type { SeatStore } from '../store/seat-store.ts';

/** GET /selections/seats/{seatId}. */
export const getSeatHandler = (seats: SeatStore): HttpLambdaHandler =>
  httpHandler(getSeat, async ({ params: { seatId } }) => {
    const [seat, { settings }] = await Promise.all([seats.getSeat(seatId), seats.getSettings()]);
    if (seat === undefined) throw new SeatNotFoundError(seatId);
    return { status: 200, body: seatView(seat, settings) };
  });

export const handler = getSeatHandler(new DynamoSeatStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
