import { emitMetrics, logger } from '@platform/kit';
import type { FundStore } from '../store/fund-store.ts';
import { fundStore } from './environment.ts';
import { problemsOf, reconcileFund } from './fund-reconciliation.ts';

/** What one scheduled check found. */
export interface ScheduledReconciliation {
  settled: boolean;
  balanced: boolean;
  problems: number;
}

/**
 * The scheduled reconciliation (an EventBridge rule): the same check as `GET /fund/reconciliation`, with
 * the number of problems it found emitted as the `ReconciliationProblems` metric, on which the fund's
 * reconciliation alarm fires at anything above 0. A check the fund never kept still for emits nothing:
 * its differences could be a donation half-read, and the next run will tell.
 */
export const reconcileFundScheduledHandler = (funds: FundStore) => async (): Promise<ScheduledReconciliation> => {
  const { settled, reconciliation } = await reconcileFund(funds);
  const problems = problemsOf(reconciliation);
  if (settled) emitMetrics({ ReconciliationProblems: problems });
  const log = logger();
  // The figures only, never a donor or a candidate: differences are totals by name.
  if (settled && problems > 0) log.error('the fund does not reconcile', { problems, differences: reconciliation.differences, unbalancedMovementIds: reconciliation.unbalancedMovementIds, entriesSum: reconciliation.entriesSum });
  else log.info('scheduled reconciliation', { settled, balanced: reconciliation.balanced, movements: reconciliation.movementCount });
  return { settled, balanced: reconciliation.balanced, problems };
};

export const handler = reconcileFundScheduledHandler(fundStore());
