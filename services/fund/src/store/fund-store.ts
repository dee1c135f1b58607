import type { EventEnvelope } from '@platform/events';
import type { Donation } from '../domain/donation.ts';
import type { LevyRate } from '../domain/levy-rate.ts';
import type { Movement } from '../domain/ledger.ts';
import type { Refund } from '../domain/refund.ts';
import type { FundState } from './items.ts';

export type { FundState } from './items.ts';

/** Who processed which event, recorded with the change it caused so that a redelivery changes nothing. */
export interface Delivery {
  consumer: string;
  eventId: string;
}

/** The state a levy was calculated from; it is written only if that state still holds. */
export interface RateGuard {
  rateVersion: number;
  latestReceivedOn: string | undefined;
}

/**
 * What recording a donation did: `recorded`; `duplicate-delivery` (this consumer already processed the
 * event); `donation-exists` (another event already brought this donation id: compare them); `stale-rates`
 * (a rate was added, or a later donation levied, since the state was read: read it again and retry).
 * In every case but `recorded`, nothing was written.
 */
export type DonationOutcome = 'recorded' | 'duplicate-delivery' | 'donation-exists' | 'stale-rates';

/** `refund-exists`: that refund id is taken. `donation-changed`: another refund came first; re-read and retry. */
export type RefundOutcome = 'recorded' | 'refund-exists' | 'donation-changed';

/** `stale`: a rate was added, or a donation levied, since the state was read; re-read and retry. */
export type RateOutcome = 'added' | 'stale';

export interface DateRange {
  from: string;
  to: string;
}

export interface LedgerPage {
  movements: Movement[];
  /** Pass back to get the next page; absent on the last. */
  cursor?: string;
}

/** What finance's list of donations shows of each: the index's projection (no donor details). */
export type DonationSummary = Pick<
  Donation,
  'donationId' | 'amountPence' | 'receivedOn' | 'source' | 'recordedAt' | 'permissibilityCheckRequired' | 'levyRate' | 'levyUnits' | 'refundedPence' | 'levyReversedUnits'
>;

/** Which donations of a date range to list; each filter left out lists them all. */
export interface DonationFilter {
  source?: Donation['source'];
  needsPermissibilityCheck?: boolean;
  /** Donations whose id starts with this (exactly, case and all). */
  donationIdStartsWith?: string;
}

export interface DonationListPage {
  donations: DonationSummary[];
  /** Pass back to get the next page; absent on the last. A page may hold fewer than asked for, even none. */
  cursor?: string;
}

export interface FundStore {
  /** The totals, the rate history, and what guards a levy. Strongly consistent. */
  fund(): Promise<FundState>;
  /** Stores a donation, its levy movement, the totals' change and the delivery: all or nothing. */
  recordDonation(levied: { donation: Donation; levy: Movement }, guard: RateGuard, delivery: Delivery): Promise<DonationOutcome>;
  donation(donationId: string): Promise<{ donation: Donation; refunds: Refund[] } | undefined>;
  /**
   * Stores a refund of `donation` (as read before the refund), its reversal movement, the totals' change and
   * the event announcing it: all or nothing, and only while the donation's refunds still leave room for it.
   */
  recordRefund(refunded: { donation: Donation; refund: Refund; reversal: Movement }, event: EventEnvelope): Promise<RefundOutcome>;
  /** Adds a rate to the history, only if the guard still holds (so no levy it would change has happened). */
  addRate(rate: LevyRate, guard: RateGuard): Promise<RateOutcome>;
  /** Movements with `effectiveOn` in the range, in date then posting order, a page at a time. */
  ledger(range: DateRange, page: { limit: number; cursor?: string }): Promise<LedgerPage>;
  /** Donations received in the range, newest first (then by id, descending), filtered, a page at a time. */
  listDonations(range: DateRange, filter: DonationFilter, page: { limit: number; cursor?: string }): Promise<DonationListPage>;
  /** Every movement, for reconciliation. */
  allMovements(): Promise<Movement[]>;
}
