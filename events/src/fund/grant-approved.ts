import * as z from 'zod';
import { defineEvent } from '../define-event.ts';
import { GssCode, Identifier, PositivePence } from '../primitives.ts';

/** What a Diversity Fund grant pays for. */
export const GrantPurpose = z.enum(['childcare', 'travel', 'lost-earnings', 'accessibility', 'training', 'other']);

/**
 * `fund.grant-approved` v1: finance approved a Diversity Fund grant. It carries no diversity
 * data (groups, statement): those are special category data and never leave the fund's table.
 *
 * @example
 * grantApproved.create({ applicationId, seatId, purpose: 'childcare', amountPence: 50_000 }, { correlationId });
 */
export const grantApproved = defineEvent({
  type: 'fund.grant-approved',
  version: 1,
  producer: 'fund',
  consumers: [],
  description: 'A Diversity Fund grant was approved and its amount committed from the fund.',
  data: z.object({
    applicationId: Identifier,
    seatId: GssCode,
    purpose: GrantPurpose,
    amountPence: PositivePence,
  }),
});
