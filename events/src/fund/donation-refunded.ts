import * as z from 'zod';
import { defineEvent } from '../define-event.ts';
import { CalendarDate, PositivePence } from '../primitives.ts';

/**
 * `fund.donation-refunded` v1: part or all of a donation was refunded, and the levy on the
 * refunded part reversed.
 *
 * @example
 * donationRefunded.create({ donationId, refundId, amountPence: 500, levyReversedPence: 15, refundedOn }, { correlationId });
 */
export const donationRefunded = defineEvent({
  type: 'fund.donation-refunded',
  version: 1,
  producer: 'fund',
  consumers: [],
  description: 'A donation was refunded in part or in full; the levy on the refunded amount was reversed.',
  data: z.object({
    donationId: z.string().min(1).max(200),
    refundId: z.string().min(1),
    amountPence: PositivePence,
    levyReversedPence: z.number().int().nonnegative(),
    refundedOn: CalendarDate,
  }),
});
