import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { daysInMonth, monthsBefore, utcDateOf } from './calendar.ts';

const pad = (value: number, width: number) => String(value).padStart(width, '0');
/** Any real calendar date from 1901 to 2199 as `YYYY-MM-DD`. */
const calendarDate = fc
  .record({ year: fc.integer({ min: 1901, max: 2199 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(day, daysInMonth(year, month)), 2)}`);
const partsOf = (date: string) => date.split('-').map(Number) as [number, number, number];

describe('daysInMonth', () => {
  it.each([
    [2029, 1, 31],
    [2029, 4, 30],
    [2029, 2, 28],
    [2028, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2029, 12, 31],
  ])('gives %i-%i %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('monthsBefore', () => {
  it.each([
    ['the same day of the month a year earlier', '2029-05-03', 12, '2028-05-03'],
    ['the date itself for zero months', '2029-05-03', 0, '2029-05-03'],
    ['the same day across a year boundary', '2029-01-15', 1, '2028-12-15'],
    ['the last day of February for the 31st of March, in a common year', '2029-03-31', 1, '2029-02-28'],
    ['the leap day for the 31st of March, in a leap year', '2028-03-31', 1, '2028-02-29'],
    ['the 30th of April for the 31st of May', '2029-05-31', 1, '2029-04-30'],
    ['the 28th of February a year before a leap day', '2028-02-29', 12, '2027-02-28'],
    ['the leap day four years before a leap day', '2028-02-29', 48, '2024-02-29'],
    ['the 31st when the month has one', '2029-08-31', 12, '2028-08-31'],
    ['a date five years back', '2029-07-04', 60, '2024-07-04'],
  ])('gives %s', (_what, date, months, expected) => {
    expect(monthsBefore(date, months)).toBe(expected);
  });

  it.each([
    ['a negative number of months', -1, 'expected a whole number of months >= 0, got -1'],
    ['a fraction of a month', 1.5, 'expected a whole number of months >= 0, got 1.5'],
  ])('fails on %s', (_what, months, message) => {
    expect(() => monthsBefore('2029-05-03', months)).toThrow(new RangeError(message));
  });

  it('fails on a date not written YYYY-MM-DD', () => {
    expect(() => monthsBefore('3 May 2029', 1)).toThrow(new RangeError("expected a date as YYYY-MM-DD, got '3 May 2029'"));
  });

  it('lands exactly that many months earlier, on the same day or the last day of a shorter month', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 0, max: 60 }), (date, months) => {
        // Act
        const [year, month, day] = partsOf(date);
        const [resultYear, resultMonth, resultDay] = partsOf(monthsBefore(date, months));
        // Assess
        expect(year * 12 + month - (resultYear * 12 + resultMonth)).toBe(months);
        expect(resultDay).toBe(Math.min(day, daysInMonth(resultYear, resultMonth)));
      }),
    );
  });

  it('never moves a later date to an earlier result', () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, fc.integer({ min: 0, max: 60 }), (a, b, months) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        expect(monthsBefore(earlier, months) <= monthsBefore(later, months)).toBe(true);
      }),
    );
  });
});

describe('utcDateOf', () => {
  it('takes the UTC day, even late in the evening', () => {
    expect(utcDateOf(new Date('2026-05-01T23:30:00.000Z'))).toBe('2026-05-01');
  });
});
