import { reconcile, totalNames } from '../domain/fund-totals.ts';
import type { FundTotals, Reconciliation } from '../domain/fund-totals.ts';
import type { FundStore } from '../store/fund-store.ts';

const sameTotals = (a: FundTotals, b: FundTotals) => totalNames.every((name) => a[name] === b[name]);

// Donations keep arriving while the ledger is read; a check is only meaningful over a quiet moment.
const MAX_ATTEMPTS = 3;

/** A reconciliation, and whether the fund kept still while it was read (`settled: false` when it never did). */
export interface FundReconciliation {
  settled: boolean;
  reconciliation: Reconciliation;
}

/**
 * Recomputes every total from the ledger's entries and compares it with the running totals the balance
 * reads, retrying while the totals change under the read. Shared by `GET /fund/reconciliation` and the
 * scheduled check that alarms.
 *
 * @example
 * const { settled, reconciliation } = await reconcileFund(funds);
 */
export const reconcileFund = async (funds: FundStore): Promise<FundReconciliation> => {
  for (let attempt = 1; ; attempt++) {
    const before = (await funds.fund()).totals;
    const movements = await funds.allMovements();
    const after = (await funds.fund()).totals;
    const settled = sameTotals(before, after);
    if (settled || attempt === MAX_ATTEMPTS) return { settled, reconciliation: reconcile(after, movements) };
  }
};

/**
 * How many things a reconciliation found wrong: each total that differs, each unbalanced movement, and the
 * entries not summing to zero. 0 exactly when it balanced.
 *
 * @example
 * problemsOf(reconciliation); // 0
 */
export const problemsOf = (reconciliation: Reconciliation): number =>
  reconciliation.differences.length + reconciliation.unbalancedMovementIds.length + (reconciliation.entriesSum === 0 ? 0 : 1);
