/**
 * Calendar arithmetic on `YYYY-MM-DD` dates, done on the numbers of the date rather than on `Date` objects so
 * that no time zone or daylight-saving shift can move a day.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const partsOf = (date: string): { year: number; month: number; day: number } => {
  const match = DATE.exec(date);
  if (match === null) throw new RangeError(`expected a date as YYYY-MM-DD, got '${date}'`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
};

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** How many days `month` (1-12) of `year` has. */
export const daysInMonth = (year: number, month: number): number => {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
};

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/**
 * The date `months` calendar months before `date`. When that month is too short for the day, the result is
 * the month's last day: one month before 31 March is 28 (or 29) February, and twelve months before
 * 29 February is 28 February. So "at least N months before" a date means "on or before" this one: 28 February
 * is at least a month before 31 March, 1 March is not (a month after 1 March is 1 April).
 *
 * @example
 * monthsBefore('2029-05-03', 12); // '2028-05-03'
 * monthsBefore('2029-03-31', 1); // '2029-02-28'
 */
export const monthsBefore = (date: string, months: number): string => {
  if (!Number.isInteger(months) || months < 0) throw new RangeError(`expected a whole number of months >= 0, got ${months}`);
  const { year, month, day } = partsOf(date);
  const monthIndex = year * 12 + (month - 1) - months;
  const resultYear = Math.floor(monthIndex / 12);
  const resultMonth = (monthIndex % 12) + 1;
  const resultDay = Math.min(day, daysInMonth(resultYear, resultMonth));
  return `${pad(resultYear, 4)}-${pad(resultMonth, 2)}-${pad(resultDay, 2)}`;
};

/**
 * The UTC calendar date of an instant: the platform keeps dates in UTC.
 *
 * @example
 * utcDateOf(new Date('2026-05-01T23:30:00.000Z')); // '2026-05-01'
 */
export const utcDateOf = (instant: Date): string => instant.toISOString().slice(0, 10);
