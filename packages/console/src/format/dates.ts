/**
 * How the console writes dates and times, in one place. Instants are shown in UK time (what staff read on a
 * clock); calendar dates are `YYYY-MM-DD` days with no time zone, so they are formatted as UTC, which leaves
 * the day as written.
 */

const instant = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });
const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * An ISO instant as a UK date and time.
 *
 * @example
 * formatInstant('2027-01-05T10:00:00.000Z'); // '5 January 2027 at 10:00'
 */
export const formatInstant = (iso: string): string => instant.format(new Date(iso));

/**
 * A calendar date (`YYYY-MM-DD`) as a long date.
 *
 * @example
 * formatDay('2027-03-31'); // '31 March 2027'
 */
export const formatDay = (date: string): string => day.format(new Date(`${date}T00:00:00Z`));
