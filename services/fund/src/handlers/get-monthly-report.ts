import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getMonthlyReport } from '../api/report-routes.ts';
import { latestAcceptableDate } from '../domain/dates.ts';
import type { FundTotals } from '../domain/fund-totals.ts';
import type { Movement } from '../domain/ledger.ts';
import { lastDayOf, monthlyReport } from '../domain/monthly-report.ts';
import type { FundStore } from '../store/fund-store.ts';
import { fundStore } from './environment.ts';

// Donations keep arriving while the ledger is read; the totals are read before and after, as the
// reconciliation does, so that the balances are worked back from totals that match the movements read.
const MAX_ATTEMPTS = 3;

const sameTotals = (a: FundTotals, b: FundTotals) => a.leviedUnits === b.leviedUnits && a.levyReversedUnits === b.levyReversedUnits && a.availableUnits === b.availableUnits;

/**
 * Every movement effective from `from` to the latest date any can carry. Why this size is acceptable: it is
 * the months of the range and those after it up to today (the query refuses a `from` more than 120 months
 * ago), read a month's partition at a time in pages of 500 through the ledger's query, never a scan of the
 * table; a movement is about 300 bytes, so even 100,000 movements (over ten years of the party's donations,
 * refunds and grants) are ~30 MB in memory and a few hundred 1 MB reads, inside the long function's memory
 * and timeout. Only whole pence per month leave it.
 */
const movementsSince = async (funds: FundStore, from: string, to: string): Promise<Movement[]> => {
  const movements: Movement[] = [];
  let cursor: string | undefined;
  do {
    const page = await funds.ledger({ from: `${from}-01`, to }, { limit: 500, ...(cursor === undefined ? {} : { cursor }) });
    movements.push(...page.movements);
    cursor = page.cursor;
  } while (cursor !== undefined);
  return movements;
};

/**
 * `GET /fund/reports/monthly?from&to` (finance): for each month, levied (net of reversals), granted (net of
 * cancellations), paid out, and the available balance at its end, in whole pence, for the console's charts.
 * The balances are worked back from the running totals through the movements since `from`, so the last month
 * reaching today ends on exactly the balance `GET /fund/balance` shows.
 */
export const getMonthlyReportHandler = (funds: FundStore): HttpLambdaHandler =>
  httpHandler(getMonthlyReport, async ({ query: { from, to } }, { logger }) => {
    // Up to the latest date a donation may carry (tomorrow), beyond the range when it ends before today.
    const rangeEnd = lastDayOf(to);
    const latest = latestAcceptableDate(new Date());
    const readTo = rangeEnd > latest ? rangeEnd : latest;
    for (let attempt = 1; ; attempt++) {
      const before = (await funds.fund()).totals;
      const movements = await movementsSince(funds, from, readTo);
      const after = (await funds.fund()).totals;
      if (sameTotals(before, after) || attempt === MAX_ATTEMPTS) {
        logger.info('monthly report', { from, to, movements: movements.length, attempts: attempt });
        return { status: 200, body: monthlyReport({ from, to }, after, movements) };
      }
    }
  });

export const handler = getMonthlyReportHandler(fundStore());
