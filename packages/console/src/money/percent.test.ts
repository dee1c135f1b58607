import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { basisPointsAsTyped, formatBasisPoints, parsePercentToBasisPoints } from './percent.ts';

describe('parsePercentToBasisPoints', () => {
  it.each([
    ['3', 300],
    ['2.5', 250],
    ['2.50', 250],
    ['0.01', 1],
    ['0', 0],
    ['100', 10_000],
    ['100.00', 10_000],
    [' 3.25 % ', 325],
    ['007', 700],
  ])('reads %p as %p basis points exactly', (typed, basisPoints) => {
    expect(parsePercentToBasisPoints(typed)).toStrictEqual({ ok: true, basisPoints });
  });

  it.each([
    ['', 'Enter the levy rate as a percentage, like 3 or 2.5'],
    ['  ', 'Enter the levy rate as a percentage, like 3 or 2.5'],
    ['3.005', 'Enter the levy rate to no more than two decimal places, like 2.75'],
    ['.125', 'Enter the levy rate to no more than two decimal places, like 2.75'],
    ['-1', 'The levy rate cannot be less than 0%'],
    ['-0.5', 'The levy rate cannot be less than 0%'],
    ['100.01', 'The levy rate must be 100% or less'],
    ['250', 'The levy rate must be 100% or less'],
    ['99999999999999999999', 'The levy rate must be 100% or less'],
    ['3e0', 'Enter the levy rate as a percentage using numbers only, like 3 or 2.5'],
    ['1E2', 'Enter the levy rate as a percentage using numbers only, like 3 or 2.5'],
    ['3.', 'Enter the levy rate as a percentage using numbers only, like 3 or 2.5'],
    ['three', 'Enter the levy rate as a percentage using numbers only, like 3 or 2.5'],
    ['2,5', 'Enter the levy rate as a percentage using numbers only, like 3 or 2.5'],
    ['0x10', 'Enter the levy rate as a percentage using numbers only, like 3 or 2.5'],
  ])('fails on %p with a message saying what to type', (typed, message) => {
    expect(parsePercentToBasisPoints(typed)).toStrictEqual({ ok: false, message });
  });

  it('reads back exactly what it formats, for every rate from 0% to 100%', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (basisPoints) => {
        expect(parsePercentToBasisPoints(formatBasisPoints(basisPoints))).toStrictEqual({ ok: true, basisPoints });
        expect(parsePercentToBasisPoints(basisPointsAsTyped(basisPoints))).toStrictEqual({ ok: true, basisPoints });
      }),
    );
  });
});

describe('formatBasisPoints', () => {
  it.each([
    [300, '3%'],
    [250, '2.5%'],
    [275, '2.75%'],
    [5, '0.05%'],
    [0, '0%'],
    [10_000, '100%'],
  ])('shows %p basis points as %p', (basisPoints, text) => {
    expect(formatBasisPoints(basisPoints)).toBe(text);
  });
});
