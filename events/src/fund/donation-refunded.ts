import * as z from 'zod';
import { defineEvent } from '../define-event.ts';
import { CalendarDate, Identifier, PositivePence } from '../primitives.ts';

/**
 * `fund.donation-refunded` v1: part or all of a donation was refunded, and the levy on the
 * refunded part reversed. The fund keeps levies exactly, to 1/10,000 of a penny: the reversal is
 * `levyReversedExactPence` (a decimal string with four places); `levyReversedPence` is the same
 * rounded down to whole pence.
 *
 * @example
 * donationRefunded.create({ donationId, refundId, amountPence: 550, levyReversedPence: 16, levyReversedExactPence: '16.5000', refundedOn }, { correlationId });
 */
export const donationRefunded = defineEvent({
  type: 'fund.donation-refunded',
  version: 1,
  producer: 'fund',
  consumers: [],
  description: 'A donation was refunded in part or in full; the levy on the refunded amount was reversed.',
  data: z.object({
    donationId: Identifier,
    refundId: Identifier,
    amountPence: PositivePence,
    levyReversedPence: z.number().int().nonnegative(),
    levyReversedExactPence: z.string().regex(/^\d+\.\d{4}$/, 'exact pence: digits, a point and four decimal places, e.g. 16.5000'),
    refundedOn: CalendarDate,
  }),
});
