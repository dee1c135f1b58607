import { httpHandler, parse, requireRole } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { movementView } from '../domain/views.ts';
import type { FundStore } from '../store/fund-store.ts';
import { fundStore } from './environment.ts';
import { LedgerQuery } from './query.ts';

/**
 * `GET /fund/ledger?from&to[&limit][&cursor]` (finance): the movements whose effective date is in the range,
 * by date then posting time, each with its pair of entries; `nextCursor` fetches the next page.
 */
export const getLedgerHandler = (funds: FundStore): HttpLambdaHandler =>
  httpHandler(async (event, { caller }) => {
    requireRole(caller, 'finance');
    const { from, to, limit = 100, cursor } = parse(LedgerQuery, event.queryStringParameters ?? {}, 'query');
    const page = await funds.ledger({ from, to }, { limit, ...(cursor === undefined ? {} : { cursor }) });
    return {
      status: 200,
      body: { from, to, movements: page.movements.map(movementView), ...(page.cursor === undefined ? {} : { nextCursor: page.cursor }) },
    };
  });

export const handler = getLedgerHandler(fundStore());
