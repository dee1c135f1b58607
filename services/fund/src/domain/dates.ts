/** The UTC calendar date of an instant, as `YYYY-MM-DD`. */
export const calendarDateOf = (instant: Date): string => instant.toISOString().slice(0, 10);

/** The calendar date `days` after `date` (both `YYYY-MM-DD`). */
export const addDays = (date: string, days: number): string => {
  const day = new Date(`${date}T00:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return calendarDateOf(day);
};

/**
 * The latest date a payment may carry when it reaches us at `now`. A day later than today in UTC, because
 * the party's systems date payments in UK time, which runs an hour ahead of UTC in summer.
 */
export const latestAcceptableDate = (now: Date): string => addDays(calendarDateOf(now), 1);
