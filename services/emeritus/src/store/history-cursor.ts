import * as z from 'zod';

// A history entry's sort key: `<ISO instant>#<uuid>`. Only such a key is accepted back as a cursor, so a
// client cannot steer the query anywhere else, nor hand DynamoDB a start key it rejects (a 500): the
// fraction of a second is bounded, so the key stays far inside DynamoDB's 1 KB for a sort key.
const HISTORY_SORT_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z#[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NOT_A_CURSOR = 'not a cursor from a previous page of the history';

/** The opaque cursor a client passes back for the next page of the history. */
export const encodeCursor = (sortKey: string): string => Buffer.from(sortKey, 'utf8').toString('base64url');

/**
 * A cursor from a previous page, parsed to the sort key it stands for. Only the exact text `encodeCursor`
 * gives is accepted: Node's base64url decoder skips characters outside the alphabet, so a long string of
 * them would otherwise decode to a valid key.
 */
export const HistoryCursor = z.string().transform((cursor, context) => {
  const sortKey = cursor.length <= 200 && /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (HISTORY_SORT_KEY.test(sortKey) && encodeCursor(sortKey) === cursor) return sortKey;
  context.addIssue({ code: 'custom', message: NOT_A_CURSOR, input: cursor });
  return z.NEVER;
});
