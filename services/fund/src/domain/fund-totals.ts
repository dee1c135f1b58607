import type { Movement } from './ledger.ts';
import { balancesOf, isBalanced, unitsMoved } from './ledger.ts';

/**
 * The fund's running totals, kept beside the ledger so that a balance is one read. Each is derived from
 * the movements alone (see `totalsFrom`), and every movement changes them by `totalsDelta` in the same
 * transaction that writes it, so the two cannot disagree; `reconcile` checks that they do not.
 */
export interface FundTotals {
  /** Levy movements: one per donation. */
  donationCount: number;
  raisedPence: number;
  /** Raised while no levy rate was set, so never levied. */
  unleviedPence: number;
  refundCount: number;
  refundedPence: number;
  /** Levies before reversals. */
  leviedUnits: number;
  levyReversedUnits: number;
  /** The `fund` account: levied, less reversals, less what is committed or paid. */
  availableUnits: number;
  /** The `committed` account: promised to grants, not yet paid. */
  committedUnits: number;
  /** The `disbursed` account. */
  disbursedUnits: number;
}

export const totalNames = [
  'donationCount',
  'raisedPence',
  'unleviedPence',
  'refundCount',
  'refundedPence',
  'leviedUnits',
  'levyReversedUnits',
  'availableUnits',
  'committedUnits',
  'disbursedUnits',
] as const satisfies readonly (keyof FundTotals)[];

export const emptyTotals = (): FundTotals => ({
  donationCount: 0,
  raisedPence: 0,
  unleviedPence: 0,
  refundCount: 0,
  refundedPence: 0,
  leviedUnits: 0,
  levyReversedUnits: 0,
  availableUnits: 0,
  committedUnits: 0,
  disbursedUnits: 0,
});

/** How one movement changes the totals; the store adds exactly these in the movement's transaction. */
export const totalsDelta = (moved: Movement): Partial<FundTotals> => {
  const units = unitsMoved(moved);
  switch (moved.kind) {
    case 'levy':
      return {
        donationCount: 1,
        raisedPence: moved.amountPence,
        ...(moved.basisPoints == null ? { unleviedPence: moved.amountPence } : {}),
        leviedUnits: units,
        availableUnits: units,
      };
    case 'levy-reversal':
      return { refundCount: 1, refundedPence: moved.amountPence, levyReversedUnits: units, availableUnits: 0 - units };
    case 'commitment':
      return { availableUnits: 0 - units, committedUnits: units };
    case 'release':
      return { committedUnits: 0 - units, availableUnits: units };
    case 'disbursement':
      return { committedUnits: 0 - units, disbursedUnits: units };
  }
};

export const applyDelta = (totals: FundTotals, delta: Partial<FundTotals>): FundTotals => {
  const next = { ...totals };
  for (const name of totalNames) next[name] += delta[name] ?? 0;
  return next;
};

/** The totals as the movements alone say they are. */
export const totalsFrom = (movements: Iterable<Movement>): FundTotals => {
  let totals = emptyTotals();
  for (const moved of movements) totals = applyDelta(totals, totalsDelta(moved));
  return totals;
};

export interface TotalDifference {
  total: keyof FundTotals | 'income-account';
  recorded: number;
  recomputed: number;
}

export interface Reconciliation {
  balanced: boolean;
  movementCount: number;
  /** Movements whose two entries do not cancel out (there should never be any). */
  unbalancedMovementIds: string[];
  /** The sum of every entry of every movement: zero in a double-entry ledger. */
  entriesSum: number;
  differences: TotalDifference[];
}

/**
 * Recomputes the totals from the movements and compares them with the running totals: finance's check
 * that the balance they read is what the ledger says, entry by entry.
 */
export const reconcile = (recorded: FundTotals, movements: readonly Movement[]): Reconciliation => {
  const recomputed = totalsFrom(movements);
  const balances = balancesOf(movements);
  const differences: TotalDifference[] = totalNames
    .filter((name) => recorded[name] !== recomputed[name])
    .map((name) => ({ total: name, recorded: recorded[name], recomputed: recomputed[name] }));
  // The account balances, from entries, must also agree with the totals that stand for them.
  const accountChecks: [keyof FundTotals, number][] = [
    ['availableUnits', balances.fund],
    ['committedUnits', balances.committed],
    ['disbursedUnits', balances.disbursed],
  ];
  for (const [name, fromEntries] of accountChecks) {
    if (recorded[name] !== fromEntries && !differences.some((difference) => difference.total === name)) {
      differences.push({ total: name, recorded: recorded[name], recomputed: fromEntries });
    }
  }
  const netLevied = recorded.leviedUnits - recorded.levyReversedUnits;
  if (0 - balances.income !== netLevied) differences.push({ total: 'income-account', recorded: netLevied, recomputed: 0 - balances.income });
  const unbalancedMovementIds = movements.filter((moved) => !isBalanced(moved)).map((moved) => moved.movementId);
  const entriesSum = balances.income + balances.fund + balances.committed + balances.disbursed;
  return {
    balanced: differences.length === 0 && unbalancedMovementIds.length === 0 && entriesSum === 0,
    movementCount: movements.length,
    unbalancedMovementIds,
    entriesSum,
    differences,
  };
};
