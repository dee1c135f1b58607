import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Donation } from './donation.ts';
import { receiveDonation } from './donation.ts';
import { DateTooLateError, RefundBeforeDonationError, RefundExceedsDonationError } from './errors.ts';
import { afterRefund, isSameRefund, refundDonation } from './refund.ts';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const donationOf = (amountPence: number, basisPoints: number | null = 300): Donation =>
  receiveDonation(
    { donationId: 'd-1', amountPence, receivedOn: '2026-05-01', source: 'donation' },
    {
      rates: basisPoints === null ? [] : [{ basisPoints, effectiveFrom: '2026-01-01', setBy: 'fin-1', setAt: '2025-12-01T09:00:00.000Z' }],
      eventId: 'event-1',
      movementId: 'levy-1',
      now: NOW,
    },
  ).donation;
const refund = (donation: Donation, amountPence: number, refundedOn = '2026-05-20', refundId = 'r-1') =>
  refundDonation(donation, { refundId, amountPence, refundedOn }, { movementId: `reversal-${refundId}`, now: NOW, by: 'fin-1' });

describe('refundDonation', () => {
  it('reverses exactly the levy on the refunded part, as fund money moved back to income', () => {
    expect(refund(donationOf(2_500), 550)).toStrictEqual({
      refund: {
        refundId: 'r-1',
        donationId: 'd-1',
        amountPence: 550,
        refundedOn: '2026-05-20',
        levyReversedUnits: 165_000,
        reversalMovementId: 'reversal-r-1',
        recordedAt: '2026-06-01T12:00:00.000Z',
        recordedBy: 'fin-1',
      },
      reversal: {
        movementId: 'reversal-r-1',
        kind: 'levy-reversal',
        effectiveOn: '2026-05-20',
        postedAt: '2026-06-01T12:00:00.000Z',
        amountPence: 550,
        basisPoints: 300,
        donationId: 'd-1',
        refundId: 'r-1',
        entries: [
          { account: 'fund', units: -165_000 },
          { account: 'income', units: 165_000 },
        ],
      },
    });
  });

  it('reverses nothing of a donation received before any rate', () => {
    expect(refund(donationOf(2_500, null), 2_500).refund.levyReversedUnits).toBe(0);
  });

  it('reverses the whole levy, to the unit, once refunds add up to the whole donation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 10_000 }), fc.array(fc.integer({ min: 1, max: 1_000 }), { maxLength: 30 }), (amountPence, basisPoints, weights) => {
        // Prepare: split the donation into refunds in proportion to the weights, the last taking what is left
        let donation = donationOf(amountPence, basisPoints);
        const total = weights.reduce((sum, weight) => sum + weight, 0);
        const parts = weights.map((weight) => Math.floor((amountPence * weight) / (total + 1))).filter((part) => part > 0);
        parts.push(amountPence - parts.reduce((sum, part) => sum + part, 0));
        // Act
        parts.forEach((part, index) => {
          donation = afterRefund(donation, refund(donation, part, '2026-05-20', `r-${index}`).refund);
        });
        // Assess
        expect({ refunded: donation.refundedPence, reversed: donation.levyReversedUnits }).toStrictEqual({ refunded: amountPence, reversed: donation.levyUnits });
      }),
    );
  });

  it('fails to refund more than is left of the donation', () => {
    const donation = afterRefund(donationOf(2_500), refund(donationOf(2_500), 2_000).refund);
    const act = () => refund(donation, 501, '2026-05-20', 'r-2');
    expect(act).toThrow(RefundExceedsDonationError);
    expect(act).toThrow('a refund of 501p exceeds the 500p of donation d-1 not yet refunded');
  });

  it('fails on a refund dated before the donation', () => {
    const act = () => refund(donationOf(2_500), 100, '2026-04-30');
    expect(act).toThrow(RefundBeforeDonationError);
    expect(act).toThrow('a refund dated 2026-04-30 is earlier than the donation it refunds, received on 2026-05-01');
  });

  it('fails on a refund dated later than tomorrow', () => {
    expect(() => refund(donationOf(2_500), 100, '2026-06-03')).toThrow(DateTooLateError);
  });
});

describe('isSameRefund', () => {
  it('takes the same amount and date as the same refund, and anything else as another', () => {
    const { refund: stored } = refund(donationOf(2_500), 500);
    expect([
      isSameRefund(stored, { refundId: 'r-1', amountPence: 500, refundedOn: '2026-05-20' }),
      isSameRefund(stored, { refundId: 'r-1', amountPence: 501, refundedOn: '2026-05-20' }),
      isSameRefund(stored, { refundId: 'r-1', amountPence: 500, refundedOn: '2026-05-21' }),
    ]).toStrictEqual([true, false, false]);
  });
});
