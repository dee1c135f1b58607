import { defineRoute } from '@platform/kit/contract';
import { DateRangeQuery, LedgerQuery } from '../handlers/query.ts';
import { financeOnly, invalid } from './common-responses.ts';
import { BalanceResponse } from './responses/balance.ts';
import { LedgerPageResponse } from './responses/ledger.ts';
import { ReconciliationResponse } from './responses/reconciliation.ts';

/** `GET /fund/balance`. */
export const getBalance = defineRoute({
  method: 'GET',
  path: '/fund/balance',
  summary: 'Read what the fund has raised, levied, committed, paid out and has available',
  access: ['finance'],
  responses: { 200: { description: 'The running totals', body: BalanceResponse }, ...financeOnly },
});

/** `GET /fund/ledger`. */
export const getLedger = defineRoute({
  method: 'GET',
  path: '/fund/ledger',
  summary: 'Page through the ledger movements effective in a date range',
  access: ['finance'],
  query: LedgerQuery,
  responses: { 200: { description: 'A page of movements, with the cursor of the next', body: LedgerPageResponse }, ...invalid, ...financeOnly },
});

/** `GET /fund/statement.csv`. */
export const getStatement = defineRoute({
  method: 'GET',
  path: '/fund/statement.csv',
  summary: 'Download the ledger over a date range as CSV, for the accountants',
  access: ['finance'],
  query: DateRangeQuery,
  responses: {
    200: { description: 'The statement', contentType: 'text/csv' },
    ...invalid,
    ...financeOnly,
    422: { description: 'The range holds too many movements for one file: ask for a shorter one' },
  },
});

/** `GET /fund/reconciliation`. */
export const getReconciliation = defineRoute({
  method: 'GET',
  path: '/fund/reconciliation',
  summary: "Recompute every total from the ledger's entries and compare it with the running totals",
  access: ['finance'],
  responses: { 200: { description: 'Each total both ways, and any difference', body: ReconciliationResponse }, ...financeOnly },
});
