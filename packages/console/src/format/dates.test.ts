import { describe, expect, it } from '@jest/globals';
import { formatInstant } from './dates.ts';

describe('dates', () => {
  it('writes an instant in UK time, summer time included', () => {
    expect([formatInstant('2027-01-05T10:00:00.000Z'), formatInstant('2027-07-05T10:00:00.000Z')]).toStrictEqual(['5 January 2027 at 10:00', '5 July 2027 at 11:00']);
  });
});
