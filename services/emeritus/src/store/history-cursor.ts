import * as z from 'zod';

// A history entry's sort key: `<ISO instant>#<uuid>`. Only such a key is accepted back as a cursor, so a
// client cannot steer the query anywhere else.
const HISTORY_SORT_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z#[0-9a-f-]{36}$/;

/** The opaque cursor a client passes back for the next page of the history. */
export const encodeCursor = (sortKey: string): string => Buffer.from(sortKey, 'utf8').toString('base64url');

/** A cursor from a previous page, parsed to the sort key it stands for. */
export const HistoryCursor = z
  .string()
  .transform((cursor) => Buffer.from(cursor, 'base64url').toString('utf8'))
  .refine((sortKey) => HISTORY_SORT_KEY.test(sortKey), 'not a cursor from a previous page of the history');
