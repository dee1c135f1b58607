import { defaultRange, isIsoDate, todayUtc } from '../donations/date-range.ts';

/** The journal's view, in the URL's query: the range of effective dates and the API's cursor of the page. */
export interface LedgerView {
  readonly from: string;
  readonly to: string;
  readonly cursor?: string;
}

/**
 * Reads the journal's view from the URL's query; a missing or unreadable range is the last twelve months.
 *
 * @example
 * readLedgerView(new URLSearchParams('from=2026-01-01&to=2026-01-31')); // { from: '2026-01-01', to: '2026-01-31' }
 */
export const readLedgerView = (params: URLSearchParams, today: string = todayUtc()): LedgerView => {
  const range = defaultRange(today);
  const from = params.get('from');
  const to = params.get('to');
  const cursor = params.get('cursor');
  return { from: isIsoDate(from) ? from : range.from, to: isIsoDate(to) ? to : range.to, ...(cursor ? { cursor } : {}) };
};

/**
 * The view as the URL's query; the next page keeps the range.
 *
 * @example
 * ledgerQuery({ from: '2026-01-01', to: '2026-01-31', cursor: 'abc' }).toString(); // "from=2026-01-01&to=2026-01-31&cursor=abc"
 */
export const ledgerQuery = (view: LedgerView): URLSearchParams => {
  const query = new URLSearchParams({ from: view.from, to: view.to });
  if (view.cursor) query.set('cursor', view.cursor);
  return query;
};

/** What each kind of movement is, in plain words. */
export const MOVEMENT_KINDS: Record<string, string> = {
  levy: 'Levy on a donation',
  'levy-reversal': 'Levy reversed by a refund',
  commitment: 'Grant approved',
  release: 'Grant money returned',
  disbursement: 'Grant paid',
};

/** The ledger's accounts, in plain words. */
export const ACCOUNTS: Record<string, string> = {
  income: 'Party income',
  fund: 'Fund (available)',
  committed: 'Committed to grants',
  disbursed: 'Paid out',
};

/** An entry's direction in words as well as its sign, so the meaning is never by a minus sign alone. */
export const entrySide = (exactPence: string): 'Out' | 'In' => (exactPence.startsWith('-') ? 'Out' : 'In');

/**
 * Whether a movement's entries balance: they add up to exactly zero (compared as integers of 1/10,000 p).
 *
 * @example
 * isBalanced([{ exactPence: '-75.0000' }, { exactPence: '75.0000' }]); // true
 */
export const isBalanced = (entries: readonly { exactPence: string }[]): boolean =>
  entries.reduce((sum, { exactPence }) => sum + BigInt(exactPence.replace('.', '')), 0n) === 0n;

/**
 * The statement's file name for a range.
 *
 * @example
 * statementFileName({ from: '2026-01-01', to: '2026-01-31' }); // "fund-statement-2026-01-01-to-2026-01-31.csv"
 */
export const statementFileName = ({ from, to }: { from: string; to: string }): string => `fund-statement-${from}-to-${to}.csv`;
