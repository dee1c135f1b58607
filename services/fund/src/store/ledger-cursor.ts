import { opaqueCursor } from '@platform/kit';
import * as z from 'zod';

/** Where the next page of the ledger starts: a month's partition and, within it, after which item. */
export interface LedgerCursor {
  month: string;
  after?: { pk: string; sk: string };
}

const ledgerCursor = opaqueCursor(
  z.strictObject({
    month: z.string().regex(/^\d{4}-\d{2}$/),
    after: z.strictObject({ pk: z.string(), sk: z.string() }).optional(),
  }),
  'cursor',
);

export const encodeCursor = (cursor: LedgerCursor): string => ledgerCursor.encode(cursor);

/** Reads a cursor this API issued for a month of the same range; anything else is a 400. */
export const decodeCursor = (cursor: string, months: readonly string[]): LedgerCursor => {
  const { month, after } = ledgerCursor.decode(cursor, (position) => months.includes(position.month));
  return after === undefined ? { month } : { month, after };
};
