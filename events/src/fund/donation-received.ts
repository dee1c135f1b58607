import * as z from 'zod';
import { defineEvent } from '../define-event.ts';
import { CalendarDate, Identifier, PositivePence, SingleLineText } from '../primitives.ts';

/** Where a pound the party raised came from. Every source is levied. */
export const DonationSource = z.enum(['donation', 'membership', 'fundraising', 'affiliation', 'other']);

/**
 * `fund.donation-received` v1: the party received money. The payment and membership systems
 * send it to the fund's queue (and `POST /fund/donations` enqueues the same event); the fund
 * levies its share exactly once per `donationId`. Donor details are personal data: they are
 * stored, never logged.
 *
 * @example
 * donationReceived.create({ donationId: 'stripe-ch_123', amountPence: 2_500, receivedOn: '2026-11-25', source: 'donation' }, { correlationId });
 */
export const donationReceived = defineEvent({
  type: 'fund.donation-received',
  version: 1,
  producer: 'fund',
  consumers: ['fund'],
  description: 'Money was received by the party, from any source; the Diversity Fund levies its share of it.',
  data: z.object({
    donationId: Identifier,
    amountPence: PositivePence,
    receivedOn: CalendarDate,
    source: DonationSource,
    donor: z
      .object({
        name: SingleLineText(200).optional(),
        // 254: the longest address SMTP can deliver to (RFC 5321's path limit); without a bound, one address
        // could make the event larger than an SQS message may be (256 KB).
        email: z.email().max(254).optional(),
        postcode: SingleLineText(10, { minLength: 0 }).optional(),
        reference: SingleLineText(200, { minLength: 0 }).optional(),
      })
      .optional(),
  }),
});
