import type { EventEnvelope } from '@platform/events';
import type { Donation } from '../src/domain/donation.ts';
import { applyDelta, totalsDelta } from '../src/domain/fund-totals.ts';
import type { LevyRate } from '../src/domain/levy-rate.ts';
import type { Movement } from '../src/domain/ledger.ts';
import { afterRefund } from '../src/domain/refund.ts';
import type { Refund } from '../src/domain/refund.ts';
import type {
  DateRange,
  Delivery,
  DonationFilter,
  DonationListPage,
  DonationOutcome,
  FundState,
  FundStore,
  LedgerPage,
  RateGuard,
  RateOutcome,
  RefundOutcome,
} from '../src/store/fund-store.ts';
import { fundStateOf } from '../src/store/items.ts';

const sortKey = (moved: Movement) => `${moved.effectiveOn}#${moved.postedAt}#${moved.movementId}`;

/**
 * A FundStore holding what DynamoFundStore would write, with the same all-or-nothing outcomes and the same
 * guards. `beforeNextWrite` runs once, just before the next write is checked: a concurrent write landing
 * between a handler's read and its write.
 */
export class InMemoryFundStore implements FundStore {
  state: FundState = fundStateOf(undefined);
  readonly donations = new Map<string, Donation>();
  readonly refunds = new Map<string, Refund[]>();
  readonly movements: Movement[] = [];
  readonly inbox = new Set<string>();
  readonly outbox: EventEnvelope[] = [];
  beforeNextWrite: (() => void) | undefined;
  reads = 0;

  #interleave() {
    const concurrent = this.beforeNextWrite;
    this.beforeNextWrite = undefined;
    concurrent?.();
  }

  #post(moved: Movement) {
    this.movements.push(moved);
    this.state = { ...this.state, totals: applyDelta(this.state.totals, totalsDelta(moved)) };
  }

  async fund(): Promise<FundState> {
    this.reads += 1;
    return structuredClone(this.state);
  }

  async recordDonation({ donation, levy }: { donation: Donation; levy: Movement }, guard: RateGuard, { consumer, eventId }: Delivery): Promise<DonationOutcome> {
    this.#interleave();
    if (this.inbox.has(`${eventId}/${consumer}`)) return 'duplicate-delivery';
    if (this.donations.has(donation.donationId)) return 'donation-exists';
    const { rateVersion, latestReceivedOn } = this.state;
    const movesLatest = guard.latestReceivedOn === undefined || donation.receivedOn > guard.latestReceivedOn;
    if (rateVersion !== guard.rateVersion || (movesLatest && latestReceivedOn !== undefined && latestReceivedOn > donation.receivedOn)) return 'stale-rates';
    this.donations.set(donation.donationId, donation);
    this.#post(levy);
    if (movesLatest) this.state = { ...this.state, latestReceivedOn: donation.receivedOn };
    this.inbox.add(`${eventId}/${consumer}`);
    return 'recorded';
  }

  async donation(donationId: string): Promise<{ donation: Donation; refunds: Refund[] } | undefined> {
    const donation = this.donations.get(donationId);
    return donation === undefined ? undefined : structuredClone({ donation, refunds: this.refunds.get(donationId) ?? [] });
  }

  async recordRefund({ donation, refund, reversal }: { donation: Donation; refund: Refund; reversal: Movement }, event: EventEnvelope): Promise<RefundOutcome> {
    this.#interleave();
    const refunds = this.refunds.get(donation.donationId) ?? [];
    if (refunds.some((stored) => stored.refundId === refund.refundId)) return 'refund-exists';
    const stored = this.donations.get(donation.donationId);
    if (stored === undefined || stored.refundedPence > donation.amountPence - refund.amountPence) return 'donation-changed';
    this.donations.set(donation.donationId, afterRefund(stored, refund));
    this.refunds.set(donation.donationId, [...refunds, refund]);
    this.#post(reversal);
    this.outbox.push(event);
    return 'recorded';
  }

  async addRate(rate: LevyRate, guard: RateGuard): Promise<RateOutcome> {
    this.#interleave();
    const { rateVersion, latestReceivedOn } = this.state;
    if (rateVersion !== guard.rateVersion || (latestReceivedOn !== undefined && latestReceivedOn >= rate.effectiveFrom)) return 'stale';
    this.state = { ...this.state, rates: [...this.state.rates, rate], rateVersion: rateVersion + 1 };
    return 'added';
  }

  async ledger({ from, to }: DateRange, { limit, cursor }: { limit: number; cursor?: string }): Promise<LedgerPage> {
    const inRange = this.movements.filter((moved) => moved.effectiveOn >= from && moved.effectiveOn <= to).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    const start = cursor === undefined ? 0 : Number(cursor);
    const movements = inRange.slice(start, start + limit);
    return start + limit < inRange.length ? { movements, cursor: String(start + limit) } : { movements };
  }

  async listDonations({ from, to }: DateRange, filter: DonationFilter, { limit, cursor }: { limit: number; cursor?: string }): Promise<DonationListPage> {
    const key = (donation: Donation) => `${donation.receivedOn}#${donation.donationId}`;
    const matching = [...this.donations.values()]
      .filter((donation) => donation.receivedOn >= from && donation.receivedOn <= to)
      .filter((donation) => filter.source === undefined || donation.source === filter.source)
      .filter((donation) => filter.needsPermissibilityCheck === undefined || donation.permissibilityCheckRequired === filter.needsPermissibilityCheck)
      .filter((donation) => filter.donationIdStartsWith === undefined || donation.donationId.startsWith(filter.donationIdStartsWith))
      .sort((a, b) => key(b).localeCompare(key(a)));
    const start = cursor === undefined ? 0 : Number(cursor);
    const donations = matching.slice(start, start + limit).map(({ donor: _donor, eventId: _eventId, levyMovementId: _movementId, ...summary }) => structuredClone(summary));
    return start + limit < matching.length ? { donations, cursor: String(start + limit) } : { donations };
  }

  async allMovements(): Promise<Movement[]> {
    return [...this.movements];
  }
}
