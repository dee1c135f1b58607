import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getReconciliation } from '../api/ledger-routes.ts';
import type { FundStore } from '../store/fund-store.ts';
import { fundStore } from './environment.ts';
import { reconcileFund } from './fund-reconciliation.ts';

/**
 * `GET /fund/reconciliation` (finance): recomputes every total from the ledger's entries and compares it
 * with the running totals the balance reads. `settled: false` when the fund kept changing during the check.
 */
export const getReconciliationHandler = (funds: FundStore): HttpLambdaHandler =>
  httpHandler(getReconciliation, async (_request, { logger }) => {
    const { settled, reconciliation } = await reconcileFund(funds);
    logger.info('fund reconciled', { balanced: reconciliation.balanced, settled, movements: reconciliation.movementCount });
    return { status: 200, body: { checkedAt: new Date().toISOString(), settled, ...reconciliation } };
  });

export const handler = getReconciliationHandler(fundStore());
