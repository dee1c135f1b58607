import { opaqueCursor } from '@platform/kit';
import * as z from 'zod';
import type { DateRange } from './fund-store.ts';
import { donationKey, donationsPartition, monthsBetween } from './keys.ts';

/**
 * Where the next page of donations starts: a month's index partition and, within it, after which donation.
 * An index query's start key holds the table's keys and the index's: all four, as DynamoDB handed them out.
 */
export interface DonationCursor {
  month: string;
  // The index's key attributes (`DONATIONS_BY_RECEIVED_ON`), by name.
  after?: { pk: string; sk: string; receivedMonth: string; receivedKey: string };
}

// An index sort key, `<receivedOn>#<donationId>`: the id is an `Identifier`, which holds no `#`.
const RECEIVED_KEY = /^(\d{4}-\d{2}-\d{2})#([A-Za-z0-9][A-Za-z0-9._:-]{0,127})$/;

const donationCursor = opaqueCursor(
  z.strictObject({
    month: z.string().regex(/^\d{4}-\d{2}$/),
    after: z
      .strictObject({ pk: z.string(), sk: z.string(), receivedMonth: z.string(), receivedKey: z.string().regex(RECEIVED_KEY) })
      .optional(),
  }),
  'next',
);

export const encodeDonationCursor = (cursor: DonationCursor): string => donationCursor.encode(cursor);

/**
 * Reads a cursor this list issued for a month of the same range; anything else is a 400 naming `next`. The
 * donation it resumes after must be one that month's query could have returned: in the month's index
 * partition, received within the month and the range, and its table keys exactly those of that donation.
 */
export const decodeDonationCursor = (cursor: string, { from, to }: DateRange): DonationCursor => {
  const months = monthsBetween(from, to);
  const { month, after } = donationCursor.decode(cursor, (position) => {
    if (!months.includes(position.month)) return false;
    if (position.after === undefined) return true;
    const [, receivedOn = '', donationId = ''] = RECEIVED_KEY.exec(position.after.receivedKey) ?? [];
    const table = donationKey(donationId);
    return (
      position.after.receivedMonth === donationsPartition(position.month) &&
      receivedOn.startsWith(`${position.month}-`) &&
      receivedOn >= from &&
      receivedOn <= to &&
      position.after.pk === table.pk &&
      position.after.sk === table.sk
    );
  });
  return after === undefined ? { month } : { month, after };
};
