import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getStatement } from '../api/ledger-routes.ts';
import { StatementTooLargeError } from '../domain/errors.ts';
import type { Movement } from '../domain/ledger.ts';
import { statementCsv } from '../domain/statement.ts';
import type { FundStore } from '../store/fund-store.ts';
import { fundStore } from './environment.ts';

// Comfortably under Lambda's 6 MB response at about 150 bytes a row.
const MAX_STATEMENT_ROWS = 30_000;

/** `GET /fund/statement.csv?from&to` (finance): the ledger over the range as CSV, for the accountants. */
export const getStatementHandler = (funds: FundStore): HttpLambdaHandler =>
  httpHandler(getStatement, async ({ query: { from, to } }) => {
    const movements: Movement[] = [];
    let cursor: string | undefined;
    do {
      const page = await funds.ledger({ from, to }, { limit: 500, ...(cursor === undefined ? {} : { cursor }) });
      movements.push(...page.movements);
      if (movements.length > MAX_STATEMENT_ROWS) throw new StatementTooLargeError(MAX_STATEMENT_ROWS);
      cursor = page.cursor;
    } while (cursor !== undefined);
    return {
      status: 200,
      text: statementCsv(movements),
      contentType: 'text/csv; charset=utf-8',
      headers: { 'content-disposition': `attachment; filename="fund-statement-${from}-to-${to}.csv"` },
    };
  });

export const handler = getStatementHandler(fundStore());
