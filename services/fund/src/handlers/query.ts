import { CalendarDate, DonationSource, Identifier } from '@platform/events';
import * as z from 'zod';

// Ten years of monthly ledger partitions at most, so that one request cannot walk thousands of empty months.
const MAX_RANGE_MONTHS = 120;

const monthsSpanned = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;

const range = { from: CalendarDate, to: CalendarDate };

const checkRange = (value: { from: string; to: string }, context: z.core.$RefinementCtx) => {
  if (value.from > value.to) context.addIssue({ code: 'custom', message: 'from must be on or before to', path: ['to'] });
  else if (monthsSpanned(value.from, value.to) > MAX_RANGE_MONTHS) {
    context.addIssue({ code: 'custom', message: `the range may span at most ${MAX_RANGE_MONTHS} months`, path: ['to'] });
  }
};

/** `?from=YYYY-MM-DD&to=YYYY-MM-DD`, inclusive, of the movements' effective dates. */
export const DateRangeQuery = z.object(range).superRefine(checkRange);

/** A date range, and a page of it: `limit` (1 to 500, default 100) and the `cursor` of the previous page. */
export const LedgerQuery = z
  .object({
    ...range,
    limit: z.string().regex(/^\d+$/, 'a whole number').transform(Number).pipe(z.int().min(1).max(500)).optional(),
    cursor: z.string().min(1).max(2_000).optional(),
  })
  .superRefine(checkRange);

/**
 * `GET /fund/donations`: received in `from`..`to` (inclusive), optionally of one `source`, needing (or not) a
 * permissibility check, with an id starting with `donationId`; `limit` (1 to 500, default 100) and the
 * `next` of the previous page.
 */
export const DonationListQuery = z
  .strictObject({
    ...range,
    source: DonationSource.optional(),
    needsPermissibilityCheck: z.enum(['true', 'false']).transform((flag) => flag === 'true').optional(),
    donationId: Identifier.optional().meta({ description: 'Donations whose id starts with this, exactly (case and all).' }),
    limit: z.string().regex(/^\d+$/, 'a whole number').transform(Number).pipe(z.int().min(1).max(500)).optional(),
    next: z.string().min(1).max(2_000).optional(),
  })
  .superRefine(checkRange);
