import { describe, expect, it } from '@jest/globals';
import { DateTooLateError, DonationTooLargeError } from './errors.ts';
import type { DonationData } from './donation.ts';
import { isSameDonation, receiveDonation } from './donation.ts';
import type { LevyRate } from './levy-rate.ts';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const RATES: LevyRate[] = [{ basisPoints: 300, effectiveFrom: '2026-01-01', setBy: 'fin-1', setAt: '2025-12-01T09:00:00.000Z' }];
const data = (overrides: Partial<DonationData> = {}): DonationData => ({
  donationId: 'stripe-ch_1',
  amountPence: 2_500,
  receivedOn: '2026-05-31',
  source: 'donation',
  ...overrides,
});
const receive = (donation: DonationData, rates = RATES) => receiveDonation(donation, { rates, eventId: 'event-1', movementId: 'movement-1', now: NOW });

describe('receiveDonation', () => {
  it('levies the donation at the rate of its date and writes the levy as income moved to the fund', () => {
    expect(receive(data({ donor: { name: 'A. Donor' } }))).toStrictEqual({
      donation: {
        donationId: 'stripe-ch_1',
        amountPence: 2_500,
        receivedOn: '2026-05-31',
        source: 'donation',
        donor: { name: 'A. Donor' },
        eventId: 'event-1',
        recordedAt: '2026-06-01T12:00:00.000Z',
        levyRate: { basisPoints: 300, effectiveFrom: '2026-01-01' },
        levyUnits: 750_000,
        levyMovementId: 'movement-1',
        permissibilityCheckRequired: false,
        refundedPence: 0,
        levyReversedUnits: 0,
      },
      levy: {
        movementId: 'movement-1',
        kind: 'levy',
        effectiveOn: '2026-05-31',
        postedAt: '2026-06-01T12:00:00.000Z',
        amountPence: 2_500,
        basisPoints: 300,
        donationId: 'stripe-ch_1',
        permissibilityCheckRequired: false,
        entries: [
          { account: 'income', units: -750_000 },
          { account: 'fund', units: 750_000 },
        ],
      },
    });
  });

  it('records a donation received before any rate, levying nothing', () => {
    const { donation, levy } = receive(data(), []);
    expect({ levyRate: donation.levyRate, levyUnits: donation.levyUnits, basisPoints: levy.basisPoints, entries: levy.entries }).toStrictEqual({
      levyRate: null,
      levyUnits: 0,
      basisPoints: null,
      entries: [
        { account: 'income', units: 0 },
        { account: 'fund', units: 0 },
      ],
    });
  });

  it.each([
    [50_000, false],
    [50_001, true],
  ])('flags a donation of %pp for a permissibility check: %p, and levies it regardless', (amountPence, flagged) => {
    const { donation } = receive(data({ amountPence }));
    expect({ flagged: donation.permissibilityCheckRequired, levyUnits: donation.levyUnits }).toStrictEqual({ flagged, levyUnits: amountPence * 300 });
  });

  it('accepts a donation dated tomorrow in UTC, as UK time may already be', () => {
    expect(receive(data({ receivedOn: '2026-06-02' })).donation.receivedOn).toBe('2026-06-02');
  });

  it('fails on a donation dated later than tomorrow', () => {
    const act = () => receive(data({ receivedOn: '2026-06-03' }));
    expect(act).toThrow(DateTooLateError);
    expect(act).toThrow('receivedOn 2026-06-03 is in the future; the latest date accepted now is 2026-06-02');
  });

  it('fails on a payment beyond £100m', () => {
    const act = () => receive(data({ amountPence: 10_000_000_001 }));
    expect(act).toThrow(DonationTooLargeError);
    expect(act).toThrow('a donation of 10000000001p is more than the 10000000000p the fund accepts in one payment');
  });
});

describe('isSameDonation', () => {
  it('takes a re-send with corrected donor details as the same donation', () => {
    expect(isSameDonation(data({ donor: { name: 'A' } }), data({ donor: { name: 'B' } }))).toBe(true);
  });

  it.each([
    ['amount', { amountPence: 2_501 }],
    ['date', { receivedOn: '2026-05-30' }],
    ['source', { source: 'membership' as const }],
  ])('takes another %s as another donation', (_what, change) => {
    expect(isSameDonation(data(), data(change))).toBe(false);
  });
});
