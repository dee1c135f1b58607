/** Today's calendar date as the API reads dates (UTC), `YYYY-MM-DD`. */
export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/**
 * The range a list shows before finance chooses one: the twelve calendar months up to `today` (from the
 * first day of the month eleven months before). The API walks a range month by month, so it is bounded.
 *
 * @example
 * defaultRange('2026-12-01'); // { from: '2026-01-01', to: '2026-12-01' }
 */
export const defaultRange = (today: string): { from: string; to: string } => {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const back = year * 12 + (month - 1) - 11;
  return { from: `${String(Math.floor(back / 12)).padStart(4, '0')}-${String((back % 12) + 1).padStart(2, '0')}-01`, to: today };
};

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Whether a search param is a calendar date the API would take. */
export const isIsoDate = (value: string | null): value is string => value !== null && ISO_DATE.test(value);
