/** What was typed in the three boxes of a GOV.UK date input. */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

/** Which box of a date input a problem is about: the error summary links to it. */
export type DatePart = keyof DateParts;

/** The result of reading a date input: an ISO calendar date, or the message and the first box at fault. */
export type DateParse = { readonly ok: true; readonly date: string } | { readonly ok: false; readonly message: string; readonly parts: readonly DatePart[] };

const ORDER: readonly DatePart[] = ['day', 'month', 'year'];

/**
 * Reads the three boxes of a date input as an ISO calendar date ("1", "4", "2027" → "2027-04-01"), with the
 * GOV.UK Design System's messages: "Enter <what>" when all are empty, "<What> must include a month" when one
 * is, "<What> must be a real date" for 31 April or letters. `parts` lists the boxes to mark, first first.
 *
 * @example
 * parseDateParts({ day: '1', month: '4', year: '2027' }, 'the date the rate starts'); // { ok: true, date: '2027-04-01' }
 */
export const parseDateParts = (typed: DateParts, what: string): DateParse => {
  const text = { day: typed.day.trim(), month: typed.month.trim(), year: typed.year.trim() };
  const missing = ORDER.filter((part) => text[part] === '');
  const What = `${what.charAt(0).toUpperCase()}${what.slice(1)}`;
  if (missing.length === 3) return { ok: false, message: `Enter ${what}`, parts: ORDER };
  if (missing.length > 0) {
    return { ok: false, message: `${What} must include a ${missing.join(' and ')}`, parts: missing };
  }
  const notNumbers = ORDER.filter((part) => !/^\d+$/.test(text[part]));
  if (notNumbers.length > 0) return { ok: false, message: `${What} must be a real date`, parts: notNumbers };
  if (text.year.length !== 4) return { ok: false, message: 'Year must include 4 numbers', parts: ['year'] };
  const [day, month, year] = [Number(text.day), Number(text.month), Number(text.year)];
  const real = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || real.getUTCDate() !== day || real.getUTCMonth() !== month - 1) {
    return { ok: false, message: `${What} must be a real date`, parts: month < 1 || month > 12 ? ['month'] : ['day'] };
  }
  return { ok: true, date: `${text.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
};

/**
 * An ISO calendar date as its three boxes, to fill a date input again: "2027-04-01" → 1, 4, 2027.
 *
 * @example
 * datePartsOf('2027-04-01'); // { day: '1', month: '4', year: '2027' }
 */
export const datePartsOf = (date: string): DateParts => {
  const [year = '', month = '', day = ''] = date.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
};

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * An ISO calendar date in GOV.UK's style, "1 April 2027": read as a day, never shifted by a time zone.
 *
 * @example
 * formatCalendarDate('2027-04-01'); // "1 April 2027"
 */
export const formatCalendarDate = (date: string): string => {
  const [year, month, day] = date.split('-').map(Number);
  return longDate.format(new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)));
};
