import { describe, expect, it } from '@jest/globals';
import { formatDay, formatInstant } from './dates.ts';

describe('dates', () => {
  it('writes an instant in UK time, summer time included', () => {
    expect([formatInstant('2027-01-05T10:00:00.000Z'), formatInstant('2027-07-05T10:00:00.000Z')]).toStrictEqual(['5 January 2027 at 10:00', '5 July 2027 at 11:00']);
  });

  it('writes a calendar date as the day written, whatever the time zone', () => {
    expect(formatDay('2027-03-31')).toBe('31 March 2027');
  });
});
