import { dynamoDocumentClient, httpHandler, parse, requiredEnv, requireRole } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { GssCode } from '@platform/events';
import * as z from 'zod';
import { SeatNotFoundError } from '../domain/errors.ts';
import { seatView } from '../domain/seat.ts';
import { DynamoSeatStore } from '../store/dynamo-seat-store.ts';
import type { SeatStore } from '../store/seat-store.ts';

const SeatPath = z.object({ seatId: GssCode });

/** GET /selections/seats/{seatId}. */
export const getSeatHandler = (seats: SeatStore): HttpLambdaHandler =>
  httpHandler(async (event, { caller }) => {
    requireRole(caller, 'hq-staff');
    const { seatId } = parse(SeatPath, event.pathParameters, 'path');
    const [seat, { settings }] = await Promise.all([seats.getSeat(seatId), seats.getSettings()]);
    if (seat === undefined) throw new SeatNotFoundError(seatId);
    return { status: 200, body: seatView(seat, settings) };
  });

export const handler = getSeatHandler(new DynamoSeatStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
