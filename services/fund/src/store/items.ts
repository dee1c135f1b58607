import { CalendarDate, donationReceived, Identifier } from '@platform/events';
import * as z from 'zod';
import type { Donation } from '../domain/donation.ts';
import type { FundTotals } from '../domain/fund-totals.ts';
import { emptyTotals, totalNames } from '../domain/fund-totals.ts';
import type { LevyRate } from '../domain/levy-rate.ts';
import type { Movement } from '../domain/ledger.ts';
import { accounts, flows } from '../domain/ledger.ts';
import type { Refund } from '../domain/refund.ts';
import type { DonationSummary } from './fund-store.ts';

// Items are read back through these schemas, which drop the keys and check that what was stored is what
// the domain expects: a malformed item fails loudly instead of skewing a balance. Ids are read back as the
// `Identifier`s they were checked as on the way in.

const Units = z.int();
const AppliedRate = z.object({ basisPoints: z.int(), effectiveFrom: CalendarDate });

const DonationItem = donationReceived.data.extend({
  eventId: Identifier,
  recordedAt: z.iso.datetime(),
  levyRate: AppliedRate.nullable(),
  levyUnits: Units,
  levyMovementId: Identifier,
  permissibilityCheckRequired: z.boolean(),
  refundedPence: z.int(),
  levyReversedUnits: Units,
});

const DonationSummaryItem = DonationItem.pick({
  donationId: true,
  amountPence: true,
  receivedOn: true,
  source: true,
  recordedAt: true,
  permissibilityCheckRequired: true,
  levyRate: true,
  levyUnits: true,
  refundedPence: true,
  levyReversedUnits: true,
});

const RefundItem = z.object({
  refundId: Identifier,
  donationId: Identifier,
  amountPence: z.int(),
  refundedOn: CalendarDate,
  levyReversedUnits: Units,
  reversalMovementId: Identifier,
  recordedAt: z.iso.datetime(),
  recordedBy: Identifier,
});

const Entry = z.object({ account: z.enum(accounts), units: Units });

const MovementItem = z.object({
  movementId: Identifier,
  kind: z.enum(Object.keys(flows) as [keyof typeof flows, ...(keyof typeof flows)[]]),
  effectiveOn: CalendarDate,
  postedAt: z.iso.datetime(),
  entries: z.tuple([Entry, Entry]),
  amountPence: z.int(),
  basisPoints: z.int().nullable().optional(),
  donationId: Identifier.optional(),
  refundId: Identifier.optional(),
  applicationId: Identifier.optional(),
  disbursementId: Identifier.optional(),
  permissibilityCheckRequired: z.boolean().optional(),
});

const RateItem = z.object({ basisPoints: z.int(), effectiveFrom: CalendarDate, setBy: Identifier, setAt: z.iso.datetime() });

export const donationOf = (item: Record<string, unknown>): Donation => DonationItem.parse(item);
/** A donation as the `byReceivedOn` index projects it. */
export const donationSummaryOf = (item: Record<string, unknown>): DonationSummary => DonationSummaryItem.parse(item);
export const refundOf = (item: Record<string, unknown>): Refund => RefundItem.parse(item);
export const movementOf = (item: Record<string, unknown>): Movement => MovementItem.parse(item);

/** The fund's state as its one item holds it; a table never written yet reads as an empty fund. */
export interface FundState {
  totals: FundTotals;
  rates: LevyRate[];
  /** Bumped by every rate added; a levy is written only if the rates it used are still current. */
  rateVersion: number;
  /** The latest `receivedOn` levied; no rate may start on or before it. */
  latestReceivedOn: string | undefined;
}

export const fundStateOf = (item: Record<string, unknown> | undefined): FundState => {
  const totals = emptyTotals();
  for (const name of totalNames) totals[name] = z.int().optional().parse(item?.[name]) ?? 0;
  return {
    totals,
    rates: z.array(RateItem).optional().parse(item?.['rates']) ?? [],
    rateVersion: z.int().optional().parse(item?.['rateVersion']) ?? 0,
    latestReceivedOn: CalendarDate.optional().parse(item?.['latestReceivedOn']),
  };
};
