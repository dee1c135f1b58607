/**
 * Calendar arithmetic on `YYYY-MM-DD` dates as whole UTC day numbers, as the scheduler does it, so the
 * charts' weeks are the scheduler's weeks (week 0 starts on the timetable's `from`).
 */

const MS_PER_DAY = 86_400_000;

/**
 * The day number (days since 1970-01-01) of a `YYYY-MM-DD` date.
 *
 * @example
 * dayNumber('1970-01-02'); // 1
 */
export const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;

/**
 * The `YYYY-MM-DD` date of a day number.
 *
 * @example
 * isoDate(1); // '1970-01-02'
 */
export const isoDate = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/**
 * The date `months` calendar months before `date`, clamped to the end of a shorter month, as the
 * scheduler reads "complete this many months before the election".
 *
 * @example
 * monthsBefore('2028-03-31', 1); // '2028-02-29'
 */
export const monthsBefore = (date: string, months: number): string => {
  const at = new Date(`${date}T00:00:00Z`);
  const total = at.getUTCFullYear() * 12 + at.getUTCMonth() - months;
  const year = Math.floor(total / 12);
  const monthIndex = total - year * 12;
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  return isoDate(Date.UTC(year, monthIndex, Math.min(at.getUTCDate(), lastDay)) / MS_PER_DAY);
};
