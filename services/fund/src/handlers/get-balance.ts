import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getBalance } from '../api/ledger-routes.ts';
import { fundBalance } from '../domain/balance.ts';
import { calendarDateOf } from '../domain/dates.ts';
import type { FundStore } from '../store/fund-store.ts';
import { fundStore } from './environment.ts';

/** `GET /fund/balance` (finance): one read of the running totals, kept in step with the ledger. */
export const getBalanceHandler = (funds: FundStore): HttpLambdaHandler =>
  httpHandler(getBalance, async () => {
    const { totals, rates } = await funds.fund();
    return { status: 200, body: fundBalance(totals, rates, calendarDateOf(new Date())) };
  });

export const handler = getBalanceHandler(fundStore());
