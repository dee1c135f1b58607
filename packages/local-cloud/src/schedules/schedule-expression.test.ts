import { describe, expect, it } from '@jest/globals';
import { nextFiring, parseScheduleExpression } from './schedule-expression.ts';

const next = (expression: string, after: string, since?: string) =>
  nextFiring(parseScheduleExpression(expression), new Date(after), since === undefined ? undefined : new Date(since))?.toISOString();

describe('nextFiring', () => {
  it('fires a daily cron at its minute, the same day when that is still ahead', () => {
    expect(next('cron(30 2 * * ? *)', '2027-01-01T02:29:59.999Z')).toBe('2027-01-01T02:30:00.000Z');
  });

  it('fires a daily cron the next day once its minute has passed, never twice in the same minute', () => {
    expect(next('cron(30 2 * * ? *)', '2027-01-01T02:30:00.000Z')).toBe('2027-01-02T02:30:00.000Z');
  });

  it('reads days of the week from Sunday as 1, and by name', () => {
    // 2027-01-01 is a Friday
    expect(next('cron(0 9 ? * 2 *)', '2027-01-01T00:00:00.000Z')).toBe('2027-01-04T09:00:00.000Z');
    expect(next('cron(0 9 ? * MON-FRI *)', '2027-01-01T10:00:00.000Z')).toBe('2027-01-04T09:00:00.000Z');
  });

  it('reads lists, ranges, steps and month names', () => {
    expect(next('cron(0/15 8-9 1 JAN,JUL ? 2027)', '2027-01-01T09:50:00.000Z')).toBe('2027-07-01T08:00:00.000Z');
  });

  it('counts a rate from when the scheduler started', () => {
    expect(next('rate(5 minutes)', '2027-01-01T00:07:00.000Z', '2027-01-01T00:00:00.000Z')).toBe('2027-01-01T00:10:00.000Z');
  });

  it('is undefined for a cron whose years have all passed', () => {
    expect(next('cron(0 0 1 1 ? 2020)', '2027-01-01T00:00:00.000Z')).toBeUndefined();
  });
});

describe('parseScheduleExpression', () => {
  it.each([
    ['cron(0 0 * * * *)', 'the schedule cron(0 0 * * * *) must give exactly one of day-of-month and day-of-week, with ? in the other'],
    ['cron(0 0 L * ? *)', "the cron day-of-month field 'L' uses L, W or #, which the local scheduler does not run"],
    ['cron(61 0 * * ? *)', "the cron minutes field '61' holds '61'; expected 0-59"],
    ['rate(1 week)', 'the schedule rate(1 week) is not a rate of minutes, hours or days'],
    ['at(2027-01-01T00:00:00)', 'the schedule at(2027-01-01T00:00:00) is neither rate(n unit) nor cron(minutes hours day-of-month month day-of-week year)'],
  ])('fails on %s, saying why', (expression, message) => {
    expect(() => parseScheduleExpression(expression)).toThrow(new Error(message));
  });
});
