/** A parsed EventBridge schedule: a fixed rate, or a cron in UTC (minute hour day-of-month month day-of-week year). */
export type Schedule =
  | { kind: 'rate'; everyMs: number }
  | { kind: 'cron'; minutes: Set<number>; hours: Set<number>; daysOfMonth: Set<number> | 'any'; months: Set<number>; daysOfWeek: Set<number> | 'any'; years: Set<number> | 'any' };

const RATE_UNITS: Record<string, number> = { minute: 60_000, minutes: 60_000, hour: 3_600_000, hours: 3_600_000, day: 86_400_000, days: 86_400_000 };
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
// EventBridge counts the days of the week from Sunday, 1 to 7.
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

const field = (text: string, name: string, min: number, max: number, names: string[] = [], offset = min): Set<number> => {
  const values = new Set<number>();
  const valueOf = (part: string): number => {
    const named = names.indexOf(part.toUpperCase());
    const value = named >= 0 ? named + offset : Number(part);
    if (!Number.isInteger(value) || value < min || value > max) throw new Error(`the cron ${name} field '${text}' holds '${part}'; expected ${min}-${max}${names.length ? ` or ${names[0]}-${names.at(-1)}` : ''}`);
    return value;
  };
  for (const part of text.split(',')) {
    if (/[LW#]/i.test(part) && !names.some((n) => part.toUpperCase().includes(n))) throw new Error(`the cron ${name} field '${text}' uses L, W or #, which the local scheduler does not run`);
    const [range = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new Error(`the cron ${name} field '${text}' has the step '${stepText}'; expected a whole number from 1`);
    const [from, to] = range === '*' ? [min, max] : range.includes('-') ? range.split('-').map(valueOf) : [valueOf(range), stepText === undefined ? valueOf(range) : max];
    for (let value = from ?? min; value <= (to ?? max); value += step) values.add(value);
  }
  return values;
};

/**
 * Reads an EventBridge `ScheduleExpression`. Throws, saying why, on anything it would not run as
 * EventBridge does (L, W and # in a cron, both days given, a rate of another unit).
 *
 * @example
 * parseScheduleExpression('cron(30 2 * * ? *)'); // { kind: 'cron', minutes: Set {30}, hours: Set {2}, ... }
 * parseScheduleExpression('rate(5 minutes)');    // { kind: 'rate', everyMs: 300000 }
 */
export const parseScheduleExpression = (expression: string): Schedule => {
  const rate = /^rate\((\d+) (\w+)\)$/.exec(expression);
  if (rate) {
    const unit = RATE_UNITS[rate[2] ?? ''];
    const value = Number(rate[1]);
    if (unit === undefined || value < 1) throw new Error(`the schedule ${expression} is not a rate of minutes, hours or days`);
    return { kind: 'rate', everyMs: value * unit };
  }
  const cron = /^cron\((.+)\)$/.exec(expression);
  const parts = cron?.[1]?.trim().split(/\s+/) ?? [];
  if (parts.length !== 6) throw new Error(`the schedule ${expression} is neither rate(n unit) nor cron(minutes hours day-of-month month day-of-week year)`);
  const [minutes = '', hours = '', dom = '', month = '', dow = '', year = ''] = parts;
  if ((dom === '?') === (dow === '?')) throw new Error(`the schedule ${expression} must give exactly one of day-of-month and day-of-week, with ? in the other`);
  return {
    kind: 'cron',
    minutes: field(minutes, 'minutes', 0, 59),
    hours: field(hours, 'hours', 0, 23),
    daysOfMonth: dom === '?' ? 'any' : field(dom, 'day-of-month', 1, 31),
    months: field(month, 'month', 1, 12, MONTHS, 1),
    daysOfWeek: dow === '?' ? 'any' : field(dow, 'day-of-week', 1, 7, DAYS, 1),
    years: year === '*' ? 'any' : field(year, 'year', 1970, 2199),
  };
};

// Far enough for any cron EventBridge accepts; a year list wholly in the past never fires.
const SEARCH_LIMIT_MS = 10 * 366 * 86_400_000;

/**
 * When a schedule next fires after `after`: a rate counts from `since` (when the scheduler started, as
 * EventBridge counts from the rule's creation); a cron is matched in UTC, to the minute. Undefined when it
 * never will.
 *
 * @example
 * nextFiring(parseScheduleExpression('cron(30 2 * * ? *)'), new Date('2027-01-01T03:00:00Z')); // 2027-01-02T02:30:00.000Z
 */
export const nextFiring = (schedule: Schedule, after: Date, since: Date = after): Date | undefined => {
  if (schedule.kind === 'rate') {
    const elapsed = after.getTime() - since.getTime();
    return new Date(since.getTime() + (Math.floor(elapsed / schedule.everyMs) + 1) * schedule.everyMs);
  }
  const at = new Date(after.getTime());
  at.setUTCSeconds(0, 0);
  at.setUTCMinutes(at.getUTCMinutes() + 1);
  const limit = after.getTime() + SEARCH_LIMIT_MS;
  while (at.getTime() <= limit) {
    const dayMatches =
      (schedule.daysOfMonth === 'any' || schedule.daysOfMonth.has(at.getUTCDate())) && (schedule.daysOfWeek === 'any' || schedule.daysOfWeek.has(at.getUTCDay() + 1));
    if (!schedule.months.has(at.getUTCMonth() + 1) || (schedule.years !== 'any' && !schedule.years.has(at.getUTCFullYear())) || !dayMatches) {
      at.setUTCDate(at.getUTCDate() + 1);
      at.setUTCHours(0, 0, 0, 0);
    } else if (!schedule.hours.has(at.getUTCHours())) {
      at.setUTCHours(at.getUTCHours() + 1, 0, 0, 0);
    } else if (!schedule.minutes.has(at.getUTCMinutes())) {
      at.setUTCMinutes(at.getUTCMinutes() + 1, 0, 0);
    } else {
      return at;
    }
  }
  return undefined;
};
