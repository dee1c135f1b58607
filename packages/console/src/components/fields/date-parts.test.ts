import { describe, expect, it } from '@jest/globals';
import { datePartsOf, formatCalendarDate, parseDateParts } from './date-parts.ts';

const what = 'the date the rate starts';

describe('parseDateParts', () => {
  it.each([
    [{ day: '1', month: '4', year: '2027' }, '2027-04-01'],
    [{ day: '01', month: '04', year: '2027' }, '2027-04-01'],
    [{ day: ' 29 ', month: '2', year: '2028' }, '2028-02-29'],
    [{ day: '31', month: '12', year: '2199' }, '2199-12-31'],
  ])('reads %p as %p', (typed, date) => {
    expect(parseDateParts(typed, what)).toStrictEqual({ ok: true, date });
  });

  it.each([
    [{ day: '', month: '', year: '' }, 'Enter the date the rate starts', ['day', 'month', 'year']],
    [{ day: '1', month: '', year: '2027' }, 'The date the rate starts must include a month', ['month']],
    [{ day: '', month: '', year: '2027' }, 'The date the rate starts must include a day and month', ['day', 'month']],
    [{ day: '31', month: '4', year: '2027' }, 'The date the rate starts must be a real date', ['day']],
    [{ day: '29', month: '2', year: '2027' }, 'The date the rate starts must be a real date', ['day']],
    [{ day: '1', month: '13', year: '2027' }, 'The date the rate starts must be a real date', ['month']],
    [{ day: '0', month: '4', year: '2027' }, 'The date the rate starts must be a real date', ['day']],
    [{ day: 'one', month: '4', year: '2027' }, 'The date the rate starts must be a real date', ['day']],
    [{ day: '1', month: '4', year: '27' }, 'Year must include 4 numbers', ['year']],
  ])('fails on %p with %p, marking %p', (typed, message, parts) => {
    expect(parseDateParts(typed, what)).toStrictEqual({ ok: false, message, parts });
  });
});

describe('datePartsOf', () => {
  it('splits an ISO date into the boxes as a person types them', () => {
    expect(datePartsOf('2027-04-01')).toStrictEqual({ day: '1', month: '4', year: '2027' });
  });
});

describe('formatCalendarDate', () => {
  it.each([
    ['2027-04-01', '1 April 2027'],
    ['2020-01-01', '1 January 2020'],
    ['2199-12-31', '31 December 2199'],
  ])('shows %p as %p', (date, text) => {
    expect(formatCalendarDate(date)).toBe(text);
  });
});
