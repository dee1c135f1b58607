import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatPence, parsePence, penceAsTyped } from './pence.ts';

describe('parsePence', () => {
  it.each([
    ['0.01', 1],
    ['0.10', 10],
    ['12', 1200],
    ['£1,000.50', 100050],
    ['1,234.56', 123456],
    ['999999.99', 99999999],
    [' £ 150.00 ', 15000],
  ])('reads %p as %p pence exactly', (typed, pence) => {
    expect(parsePence(typed)).toStrictEqual({ ok: true, pence });
  });

  it.each([
    ['', 'Enter an amount in pounds and pence, like 150.00'],
    ['1.005', 'Enter the amount to the nearest penny, like 150.25'],
    ['£1,000.5', 'Enter pence as two digits, like 150.50'],
    ['-1', 'The amount must be more than £0'],
    ['1e3', 'Enter an amount in pounds and pence, using numbers only, like 150.00'],
    ['12,34', 'Enter an amount in pounds and pence, using numbers only, like 150.00'],
    ['0', 'The amount must be more than £0'],
    ['0.00', 'The amount must be more than £0'],
    ['\u22121.00', 'The amount must be more than £0'],
    ['£-1', 'The amount must be more than £0'],
    ['0,100', 'Enter an amount in pounds and pence, using numbers only, like 150.00'],
    ['1,0000', 'Enter an amount in pounds and pence, using numbers only, like 150.00'],
    ['1.', 'Enter an amount in pounds and pence, using numbers only, like 150.00'],
    ['.50', 'Enter an amount in pounds and pence, using numbers only, like 150.00'],
    ['1 000', 'Enter an amount in pounds and pence, using numbers only, like 150.00'],
    ['\uff11\uff10', 'Enter an amount in pounds and pence, using numbers only, like 150.00'],
    ['0x10', 'Enter an amount in pounds and pence, using numbers only, like 150.00'],
    ['Infinity', 'Enter an amount in pounds and pence, using numbers only, like 150.00'],
    ['   ', 'Enter an amount in pounds and pence, like 150.00'],
  ])('fails on %p with a message saying what to type', (typed, message) => {
    expect(parsePence(typed)).toStrictEqual({ ok: false, message });
  });

  it('reads the largest donation the API takes, £100,000,000.00, exactly, and fails a penny over it', () => {
    expect(parsePence('£100,000,000.00', { maxPence: 10_000_000_000 })).toStrictEqual({ ok: true, pence: 10_000_000_000 });
    expect(parsePence('100000000.01', { maxPence: 10_000_000_000 })).toStrictEqual({ ok: false, message: 'The amount must be £100,000,000.00 or less' });
  });

  it('fails on more digits than a number holds exactly, naming the maximum rather than rounding', () => {
    expect(parsePence('99999999999999999.99', { maxPence: 10_000_000_000 })).toStrictEqual({ ok: false, message: 'The amount must be £100,000,000.00 or less' });
  });

  it('fails above the maximum, naming it', () => {
    expect(parsePence('100000.01', { maxPence: 10_000_000 })).toStrictEqual({ ok: false, message: 'The amount must be £100,000.00 or less' });
    expect(parsePence('100000.00', { maxPence: 10_000_000 })).toStrictEqual({ ok: true, pence: 10_000_000 });
  });

  it('reads back exactly what it formats, for every amount up to £90 billion', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_000_000_000_000_000 / 1000 }), (pence) => {
        expect(parsePence(formatPence(pence))).toStrictEqual({ ok: true, pence });
        expect(parsePence(penceAsTyped(pence))).toStrictEqual({ ok: true, pence });
      }),
    );
  });
});

describe('formatPence', () => {
  it.each([
    [1, '£0.01'],
    [10, '£0.10'],
    [123456, '£1,234.56'],
    [99999999, '£999,999.99'],
    [-250, '-£2.50'],
  ])('shows %p pence as %p', (pence, shown) => {
    expect(formatPence(pence)).toBe(shown);
  });
});
