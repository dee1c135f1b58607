import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { fundBalance } from './balance.ts';
import type { Donation } from './donation.ts';
import { receiveDonation } from './donation.ts';
import type { FundTotals } from './fund-totals.ts';
import { applyDelta, emptyTotals, reconcile, totalsDelta, totalsFrom } from './fund-totals.ts';
import type { LevyRate } from './levy-rate.ts';
import type { Movement } from './ledger.ts';
import { balancesOf, movement } from './ledger.ts';
import { afterRefund, refundDonation } from './refund.ts';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const RATES: LevyRate[] = [{ basisPoints: 300, effectiveFrom: '2026-03-01', setBy: 'fin-1', setAt: '2026-01-01T09:00:00.000Z' }];

/** A random history of the fund, written as the store writes it: each movement with its totals' change. */
type Step =
  | { kind: 'donate'; amountPence: number; day: number }
  | { kind: 'refund'; donation: number; share: number }
  | { kind: 'commit' | 'release' | 'disburse'; amountPence: number };

const steps = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('donate' as const), amountPence: fc.integer({ min: 1, max: 2_000_000 }), day: fc.integer({ min: 0, max: 100 }) }),
    fc.record({ kind: fc.constant('refund' as const), donation: fc.nat(), share: fc.double({ min: 0, max: 1, noNaN: true }) }),
    fc.record({ kind: fc.constantFrom('commit' as const, 'release' as const, 'disburse' as const), amountPence: fc.integer({ min: 1, max: 50_000 }) }),
  ),
  { maxLength: 300 },
);

const play = (history: readonly Step[]) => {
  let totals = emptyTotals();
  const movements: Movement[] = [];
  const donations: Donation[] = [];
  const post = (moved: Movement) => {
    movements.push(moved);
    totals = applyDelta(totals, totalsDelta(moved));
  };
  history.forEach((step, index) => {
    const ids = { movementId: `m-${index}`, now: NOW };
    if (step.kind === 'donate') {
      const receivedOn = new Date(Date.UTC(2026, 1, 1 + step.day)).toISOString().slice(0, 10);
      const { donation, levy } = receiveDonation({ donationId: `d-${index}`, amountPence: step.amountPence, receivedOn, source: 'other' }, { rates: RATES, eventId: `e-${index}`, ...ids });
      donations.push(donation);
      post(levy);
    } else if (step.kind === 'refund') {
      const position = donations.length === 0 ? -1 : step.donation % donations.length;
      const donation = donations[position];
      const amountPence = donation === undefined ? 0 : Math.floor((donation.amountPence - donation.refundedPence) * step.share);
      if (donation === undefined || amountPence === 0) return;
      const { refund, reversal } = refundDonation(donation, { refundId: `r-${index}`, amountPence, refundedOn: '2026-05-31' }, { ...ids, by: 'fin-1' });
      donations[position] = afterRefund(donation, refund);
      post(reversal);
    } else {
      // As the store's condition does: only move what the account holds.
      const units = step.amountPence * 10_000;
      const kind = step.kind === 'commit' ? 'commitment' : step.kind === 'release' ? 'release' : 'disbursement';
      const holds = kind === 'commitment' ? totals.availableUnits : totals.committedUnits;
      if (holds >= units) post(movement(kind, units, { movementId: `m-${index}`, effectiveOn: '2026-06-01', postedAt: NOW.toISOString(), amountPence: step.amountPence, applicationId: `a-${index}` }));
    }
  });
  return { totals, movements, donations };
};

describe('the running totals', () => {
  it('are what the entries say, whatever the history: every account, every count, every sum', () => {
    fc.assert(
      fc.property(steps, (history) => {
        const { totals, movements, donations } = play(history);
        const balances = balancesOf(movements);
        expect(totalsFrom(movements)).toStrictEqual(totals);
        expect(balances).toStrictEqual({
          income: 0 - (totals.leviedUnits - totals.levyReversedUnits),
          fund: totals.availableUnits,
          committed: totals.committedUnits,
          disbursed: totals.disbursedUnits,
        });
        expect(totals.raisedPence).toBe(donations.reduce((sum, donation) => sum + donation.amountPence, 0));
        expect(totals.leviedUnits - totals.levyReversedUnits).toBe(donations.reduce((sum, d) => sum + (d.amountPence - d.refundedPence) * (d.levyRate?.basisPoints ?? 0), 0));
        expect(reconcile(totals, movements).balanced).toBe(true);
      }),
    );
  });

  it('never let a commitment take the fund below zero, and show available as levied less committed less paid', () => {
    fc.assert(
      fc.property(steps, (history) => {
        const { totals } = play(history.filter((step) => step.kind !== 'refund'));
        const balance = fundBalance(totals, RATES, '2026-06-01');
        expect(totals.availableUnits >= 0).toBe(true);
        expect(balance.availablePence).toBe(balance.leviedPence - balance.committedPence - balance.disbursedPence);
      }),
    );
  });
});

describe('reconcile', () => {
  const history: Step[] = [
    { kind: 'donate', amountPence: 2_500, day: 40 },
    { kind: 'donate', amountPence: 1_000, day: 41 },
    { kind: 'refund', donation: 0, share: 0.5 },
  ];

  it('finds the totals and the ledger in agreement', () => {
    const { totals, movements } = play(history);
    expect(reconcile(totals, movements)).toStrictEqual({ balanced: true, movementCount: 3, unbalancedMovementIds: [], entriesSum: 0, differences: [] });
  });

  it('names each total that differs from the recomputation', () => {
    const { totals, movements } = play(history);
    const tampered: FundTotals = { ...totals, availableUnits: totals.availableUnits + 1, raisedPence: totals.raisedPence - 100 };
    expect(reconcile(tampered, movements)).toStrictEqual({
      balanced: false,
      movementCount: 3,
      unbalancedMovementIds: [],
      entriesSum: 0,
      differences: [
        { total: 'raisedPence', recorded: 3_400, recomputed: 3_500 },
        { total: 'availableUnits', recorded: totals.availableUnits + 1, recomputed: totals.availableUnits },
      ],
    });
  });

  it('finds a movement whose entries do not cancel out', () => {
    const { totals, movements } = play(history);
    const [first, ...rest] = movements as [Movement, ...Movement[]];
    const broken: Movement = { ...first, entries: [first.entries[0], { ...first.entries[1], units: first.entries[1].units + 1 }] };
    const result = reconcile(totals, [broken, ...rest]);
    expect({ balanced: result.balanced, unbalanced: result.unbalancedMovementIds, entriesSum: result.entriesSum }).toStrictEqual({
      balanced: false,
      unbalanced: ['m-0'],
      entriesSum: 1,
    });
  });
});
