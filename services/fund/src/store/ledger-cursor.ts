import { opaqueCursor } from '@platform/kit';
import * as z from 'zod';
import type { DateRange } from './fund-store.ts';
import { ledgerPartition, monthsBetween } from './keys.ts';

/** Where the next page of the ledger starts: a month's partition and, within it, after which item. */
export interface LedgerCursor {
  month: string;
  after?: { pk: string; sk: string };
}

// A movement's sort key, `<effectiveOn>#<postedAt>#<movementId>` (see keys.ts), captured by part.
const MOVEMENT_SORT_KEY = /^(\d{4}-\d{2}-\d{2})#\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z#[A-Za-z0-9-]{1,100}$/;

const ledgerCursor = opaqueCursor(
  z.strictObject({
    month: z.string().regex(/^\d{4}-\d{2}$/),
    after: z.strictObject({ pk: z.string(), sk: z.string().regex(MOVEMENT_SORT_KEY) }).optional(),
  }),
  'cursor',
);

export const encodeCursor = (cursor: LedgerCursor): string => ledgerCursor.encode(cursor);

/**
 * Reads a cursor this API issued for a month of the same range; anything else is a 400. The item it resumes
 * after must be one that month's query could have returned: in the month's partition, dated within the
 * month and the range. DynamoDB rejects any other start key, and a forged one would otherwise be a 500.
 */
export const decodeCursor = (cursor: string, { from, to }: DateRange): LedgerCursor => {
  const months = monthsBetween(from, to);
  const { month, after } = ledgerCursor.decode(cursor, (position) => {
    if (!months.includes(position.month)) return false;
    if (position.after === undefined) return true;
    const effectiveOn = MOVEMENT_SORT_KEY.exec(position.after.sk)?.[1] ?? '';
    return position.after.pk === ledgerPartition(position.month) && effectiveOn.startsWith(`${position.month}-`) && effectiveOn >= from && effectiveOn <= to;
  });
  return after === undefined ? { month } : { month, after };
};
