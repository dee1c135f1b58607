import * as z from 'zod';
import { defineEvent } from '../define-event.ts';
import { CalendarDate, GssCode, Identifier, PlainText } from '../primitives.ts';

/**
 * `emeritus.retirement-withdrawn` v1: an MP who had announced retirement will stand again;
 * the selections service cancels the seat's selection if it has not reached its freeze date.
 *
 * @example
 * retirementWithdrawn.create({ retirementId, mpId, seatId, withdrawnOn, reason }, { correlationId });
 */
export const retirementWithdrawn = defineEvent({
  type: 'emeritus.retirement-withdrawn',
  version: 1,
  producer: 'emeritus',
  consumers: ['selections', 'emeritus'],
  description: 'An announced retirement was withdrawn; the MP intends to stand again.',
  data: z.object({
    retirementId: Identifier,
    mpId: Identifier,
    seatId: GssCode,
    withdrawnOn: CalendarDate,
    reason: PlainText(2_000),
  }),
});
