import { InvalidInputError } from '@platform/kit';
import * as z from 'zod';

/** Where the next page of the ledger starts: a month's partition and, within it, after which item. */
export interface LedgerCursor {
  month: string;
  after?: { pk: string; sk: string };
}

const Cursor = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  after: z.object({ pk: z.string(), sk: z.string() }).optional(),
});

export const encodeCursor = (cursor: LedgerCursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');

/** Reads a cursor this API issued for the same range; anything else is a 400. */
export const decodeCursor = (cursor: string, months: readonly string[]): LedgerCursor => {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  const parsed = Cursor.safeParse(decoded);
  if (!parsed.success || !months.includes(parsed.data.month)) {
    throw new InvalidInputError('the cursor is not one this API issued for this date range', [
      { path: ['query', 'cursor'], message: 'pass back the cursor of the previous page, with the same from and to' },
    ]);
  }
  return parsed.data.after === undefined ? { month: parsed.data.month } : { month: parsed.data.month, after: parsed.data.after };
};
