import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getReconciliation } from '../api/ledger-routes.ts';
import { reconcile, totalNames } from '../domain/fund-totals.ts';
import type { FundTotals } from '../domain/fund-totals.ts';
import type { FundStore } from '../store/fund-store.ts';
import { fundStore } from './environment.ts';

const sameTotals = (a: FundTotals, b: FundTotals) => totalNames.every((name) => a[name] === b[name]);

// Donations keep arriving while the ledger is read; a check is only meaningful over a quiet moment.
const MAX_ATTEMPTS = 3;

/**
 * `GET /fund/reconciliation` (finance): recomputes every total from the ledger's entries and compares it
 * with the running totals the balance reads. `settled: false` when the fund kept changing during the check.
 */
export const getReconciliationHandler = (funds: FundStore): HttpLambdaHandler =>
  httpHandler(getReconciliation, async (_request, { logger }) => {
    for (let attempt = 1; ; attempt++) {
      const before = (await funds.fund()).totals;
      const movements = await funds.allMovements();
      const after = (await funds.fund()).totals;
      const settled = sameTotals(before, after);
      if (settled || attempt === MAX_ATTEMPTS) {
        const reconciliation = reconcile(after, movements);
        logger.info('fund reconciled', { balanced: reconciliation.balanced, settled, movements: movements.length });
        return { status: 200, body: { checkedAt: new Date().toISOString(), settled, ...reconciliation } };
      }
    }
  });

export const handler = getReconciliationHandler(fundStore());
