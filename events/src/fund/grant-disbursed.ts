import * as z from 'zod';
import { defineEvent } from '../define-event.ts';
import { Identifier, PositivePence } from '../primitives.ts';

/**
 * `fund.grant-disbursed` v1: committed grant money was paid out. No diversity data.
 *
 * @example
 * grantDisbursed.create({ applicationId, disbursementId, amountPence: 20_000, remainingPence: 30_000 }, { correlationId });
 */
export const grantDisbursed = defineEvent({
  type: 'fund.grant-disbursed',
  version: 1,
  producer: 'fund',
  consumers: [],
  description: 'Part or all of an approved grant was paid out to the candidate.',
  data: z.object({
    applicationId: Identifier,
    disbursementId: Identifier,
    amountPence: PositivePence,
    remainingPence: z.number().int().nonnegative(),
  }),
});
