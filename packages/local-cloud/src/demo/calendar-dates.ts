// Calendar arithmetic on `YYYY-MM-DD` dates, in UTC, as the platform keeps every date.

const DAY_MS = 86_400_000;

const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The UTC calendar date of an instant.
 *
 * @example
 * utcDateOf(new Date('2026-12-01T23:30:00Z')); // '2026-12-01'
 */
export const utcDateOf = (instant: Date): string => instant.toISOString().slice(0, 10);

/**
 * The date `days` days after `date` (before it when negative).
 *
 * @example
 * addDays('2026-12-31', 1); // '2027-01-01'
 */
export const addDays = (date: string, days: number): string => dateOf(dayNumber(date) + days);

/**
 * The date `months` calendar months after `date`, clamped to the end of a shorter month.
 *
 * @example
 * addMonths('2027-03-31', -1); // '2027-02-28'
 */
export const addMonths = (date: string, months: number): string => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return dateOf(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)) / DAY_MS);
};

/**
 * The first date strictly after `date` that falls on `weekday` (0 is Sunday, 1 Monday … 4 Thursday).
 *
 * @example
 * nextWeekday('2026-12-01', 1); // '2026-12-07', the Monday after a Tuesday
 */
export const nextWeekday = (date: string, weekday: number): string => {
  const day = dayNumber(date);
  // 1970-01-01 was a Thursday (4).
  const current = (((day + 4) % 7) + 7) % 7;
  return dateOf(day + (((weekday - current + 6) % 7) + 1));
};

/**
 * How many days from `from` to `to`.
 *
 * @example
 * daysBetween('2026-12-01', '2026-12-08'); // 7
 */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);
