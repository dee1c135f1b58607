/**
 * How the console writes an instant: in UK time, what staff read on a clock. A calendar date (`YYYY-MM-DD`)
 * is written by `formatCalendarDate` in `components/fields/date-parts.ts`.
 */

const instant = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

/**
 * An ISO instant as a UK date and time.
 *
 * @example
 * formatInstant('2027-01-05T10:00:00.000Z'); // '5 January 2027 at 10:00'
 */
export const formatInstant = (iso: string): string => instant.format(new Date(iso));

