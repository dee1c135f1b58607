/**
 * Calendar arithmetic on `YYYY-MM-DD` dates as whole UTC day numbers (days since 1970-01-01). Whole numbers
 * keep the scheduler's inner loops on integers and leave no time zone or daylight saving to get wrong.
 */

const MS_PER_DAY = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a real `YYYY-MM-DD` date, or undefined for anything else (`2027-02-30`, `2027-2-1`). */
export const tryDayNumber = (date: string): number | undefined => {
  const match = DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2027-02-30 over into March; a round trip catches it. It also maps years 0-99 to 1900-1999.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return ms / MS_PER_DAY;
};

/** The day number of a date already validated. */
export const dayNumber = (date: string): number => {
  const day = tryDayNumber(date);
  if (day === undefined) throw new RangeError(`not a calendar date: ${date}`);
  return day;
};

/** The `YYYY-MM-DD` date of a day number. */
export const isoDate = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

const daysInMonth = (year: number, monthIndex: number): number => new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();

/**
 * The date `months` calendar months before `date`, clamped to the end of a shorter month:
 * 2028-03-31 minus 1 month is 2028-02-29, and 2027-03-31 minus 1 month is 2027-02-28.
 */
export const monthsBefore = (date: string, months: number): string => {
  const day = dayNumber(date);
  const at = new Date(day * MS_PER_DAY);
  const total = at.getUTCFullYear() * 12 + at.getUTCMonth() - months;
  const year = Math.floor(total / 12);
  const monthIndex = total - year * 12;
  const dayOfMonth = Math.min(at.getUTCDate(), daysInMonth(year, monthIndex));
  return isoDate(Date.UTC(year, monthIndex, dayOfMonth) / MS_PER_DAY);
};
