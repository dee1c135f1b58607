import type { Donation } from './donation.ts';
import type { AppliedRate, LevyRate } from './levy-rate.ts';
import type { Account, Movement, MovementKind } from './ledger.ts';
import { exactPenceOf } from './money.ts';
import type { Refund } from './refund.ts';

// How the fund's records read over HTTP. Exact amounts (levies, reversals, entries) are decimal strings of
// pence with four places, never floats; whole amounts stay integer pence.

export interface RefundView {
  refundId: string;
  amountPence: number;
  refundedOn: string;
  levyReversedExactPence: string;
  movementId: string;
  recordedAt: string;
  recordedBy: string;
}

export interface DonationView {
  donationId: string;
  amountPence: number;
  receivedOn: string;
  source: Donation['source'];
  donor?: Donation['donor'];
  recordedAt: string;
  /** Over £500: only a permissible donor may give this; finance must check. */
  permissibilityCheck: 'required' | 'not-required';
  levy: { rate: AppliedRate | null; exactPence: string; movementId: string };
  refundedPence: number;
  refundablePence: number;
  levyReversedExactPence: string;
  netLevyExactPence: string;
  refunds: RefundView[];
}

/** A row of finance's list of donations. */
export interface DonationSummaryView {
  donationId: string;
  amountPence: number;
  receivedOn: string;
  source: Donation['source'];
  recordedAt: string;
  permissibilityCheck: 'required' | 'not-required';
  levyExactPence: string;
  refundedPence: number;
  netLevyExactPence: string;
}

export interface MovementView {
  movementId: string;
  kind: MovementKind;
  effectiveOn: string;
  postedAt: string;
  amountPence: number;
  basisPoints?: number | null;
  donationId?: string;
  refundId?: string;
  applicationId?: string;
  disbursementId?: string;
  permissibilityCheck?: 'required' | 'not-required';
  entries: { account: Account; exactPence: string }[];
}

export const refundView = (refund: Refund): RefundView => ({
  refundId: refund.refundId,
  amountPence: refund.amountPence,
  refundedOn: refund.refundedOn,
  levyReversedExactPence: exactPenceOf(refund.levyReversedUnits),
  movementId: refund.reversalMovementId,
  recordedAt: refund.recordedAt,
  recordedBy: refund.recordedBy,
});

export const donationView = ({ donation, refunds }: { donation: Donation; refunds: readonly Refund[] }): DonationView => ({
  donationId: donation.donationId,
  amountPence: donation.amountPence,
  receivedOn: donation.receivedOn,
  source: donation.source,
  ...(donation.donor === undefined ? {} : { donor: donation.donor }),
  recordedAt: donation.recordedAt,
  permissibilityCheck: donation.permissibilityCheckRequired ? 'required' : 'not-required',
  levy: { rate: donation.levyRate, exactPence: exactPenceOf(donation.levyUnits), movementId: donation.levyMovementId },
  refundedPence: donation.refundedPence,
  refundablePence: donation.amountPence - donation.refundedPence,
  levyReversedExactPence: exactPenceOf(donation.levyReversedUnits),
  netLevyExactPence: exactPenceOf(donation.levyUnits - donation.levyReversedUnits),
  refunds: refunds.map(refundView),
});

type Summarised = 'donationId' | 'amountPence' | 'receivedOn' | 'source' | 'recordedAt' | 'permissibilityCheckRequired' | 'levyUnits' | 'refundedPence' | 'levyReversedUnits';

export const donationSummaryView = (donation: Pick<Donation, Summarised>): DonationSummaryView => ({
  donationId: donation.donationId,
  amountPence: donation.amountPence,
  receivedOn: donation.receivedOn,
  source: donation.source,
  recordedAt: donation.recordedAt,
  permissibilityCheck: donation.permissibilityCheckRequired ? 'required' : 'not-required',
  levyExactPence: exactPenceOf(donation.levyUnits),
  refundedPence: donation.refundedPence,
  netLevyExactPence: exactPenceOf(donation.levyUnits - donation.levyReversedUnits),
});

export const movementView = ({ entries, permissibilityCheckRequired, ...moved }: Movement): MovementView => ({
  ...moved,
  ...(permissibilityCheckRequired === undefined ? {} : { permissibilityCheck: permissibilityCheckRequired ? 'required' : 'not-required' }),
  entries: entries.map(({ account, units }) => ({ account, exactPence: exactPenceOf(units) })),
});

export const rateView = ({ basisPoints, effectiveFrom, setBy, setAt }: LevyRate) => ({ basisPoints, effectiveFrom, setBy, setAt });
