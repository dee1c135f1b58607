import { formatCalendarDate } from '../../components/fields/date-parts.ts';

/** The phases' names as people say them. */
/** A selection's phases in the order they run. */
export const PHASES = ['freeze', 'nominations', 'applications', 'shortlisting', 'hustings-and-ballot', 'result'] as const;

export const PHASE_LABELS: Readonly<Record<string, string>> = {
  freeze: 'Freeze date',
  nominations: 'Nominations',
  applications: 'Applications',
  shortlisting: 'Shortlisting',
  'hustings-and-ballot': 'Hustings and ballot',
  result: 'Result',
};

const short = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * A calendar day, short: "4 Jan 2027".
 *
 * @example
 * shortDate('2027-01-04'); // '4 Jan 2027'
 */
export const shortDate = (date: string): string => short.format(new Date(`${date}T00:00:00Z`));

/**
 * A phase's days: one day, or "first to last".
 *
 * @example
 * dayRange('2027-02-02', '2027-02-15'); // '2 Feb 2027 to 15 Feb 2027'
 */
export const dayRange = (start: string, end: string): string => (start === end ? shortDate(start) : `${shortDate(start)} to ${shortDate(end)}`);

export { formatCalendarDate };
