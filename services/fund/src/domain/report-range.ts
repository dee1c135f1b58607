import * as z from 'zod';

/** A calendar month, `YYYY-MM`. */
export const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM, like 2027-04')
  .meta({ description: 'A calendar month, `YYYY-MM`.', example: '2027-04' });

/** The months a report covers, both ends included; an absent end is open. */
export interface MonthRange {
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * Whether an application submitted at `submittedAt` (an ISO instant, UTC) falls in the range's months. Months
 * are UTC months, as the instants are stored: one submitted at 00:30 BST on 1 May counts in April.
 */
export const submittedWithin = (submittedAt: string, { from, to }: MonthRange): boolean => {
  const month = submittedAt.slice(0, 7);
  return (from === undefined || month >= from) && (to === undefined || month <= to);
};
