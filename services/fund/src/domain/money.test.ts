import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { exactPenceOf, unitsOfPence, wholePenceOf } from './money.ts';

describe('wholePenceOf', () => {
  it.each([
    [0, 0],
    [9_999, 0],
    [10_000, 1],
    [10_001, 1],
    [-1, -1],
    [-10_000, -1],
    [-10_001, -2],
  ])('rounds %p units down to %p pence', (units, pence) => {
    expect(wholePenceOf(units)).toBe(pence);
  });

  it('never reports more than the units hold, nor a penny less than they hold', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 52), max: 2 ** 52 }), (units) => {
        const pence = wholePenceOf(units);
        expect(pence * 10_000 <= units && units - pence * 10_000 < 10_000).toBe(true);
      }),
    );
  });

  it('fails on a number of units that is not a safe integer', () => {
    expect(() => wholePenceOf(0.5)).toThrow(new RangeError('levy units (0.5) is not a safe integer'));
  });
});

describe('exactPenceOf', () => {
  it.each([
    [0, '0.0000'],
    [300, '0.0300'],
    [165_000, '16.5000'],
    [123_456_789, '12345.6789'],
    [-300, '-0.0300'],
  ])('writes %p units as %p', (units, text) => {
    expect(exactPenceOf(units)).toBe(text);
  });
});

describe('unitsOfPence', () => {
  it('counts 10,000 units to the penny', () => {
    expect(unitsOfPence(2_500)).toBe(25_000_000);
  });
});
