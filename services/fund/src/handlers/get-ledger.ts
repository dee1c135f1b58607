import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getLedger } from '../api/ledger-routes.ts';
import { movementView } from '../domain/views.ts';
import type { FundStore } from '../store/fund-store.ts';
import { fundStore } from './environment.ts';

/**
 * `GET /fund/ledger?from&to[&limit][&cursor]` (finance): the movements whose effective date is in the range,
 * by date then posting time, each with its pair of entries; `nextCursor` fetches the next page.
 */
export const getLedgerHandler = (funds: FundStore): HttpLambdaHandler =>
  httpHandler(getLedger, async ({ query: { from, to, limit = 100, cursor } }) => {
    const page = await funds.ledger({ from, to }, { limit, ...(cursor === undefined ? {} : { cursor }) });
    return {
      status: 200,
      body: { from, to, movements: page.movements.map(movementView), ...(page.cursor === undefined ? {} : { nextCursor: page.cursor }) },
    };
  });

export const handler = getLedgerHandler(fundStore());
