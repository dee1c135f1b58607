import { describe, expect, it } from '@jest/globals';
import { Month, submittedWithin } from './report-range.ts';

describe('submittedWithin', () => {
  it('includes both end months whole and excludes the months either side', () => {
    const range = { from: '2027-02', to: '2027-04' };
    expect([
      submittedWithin('2027-01-31T23:59:59.999Z', range),
      submittedWithin('2027-02-01T00:00:00.000Z', range),
      submittedWithin('2027-04-30T23:59:59.999Z', range),
      submittedWithin('2027-05-01T00:00:00.000Z', range),
    ]).toStrictEqual([false, true, true, false]);
  });

  it('leaves an absent end open', () => {
    expect([submittedWithin('1999-01-01T00:00:00.000Z', { to: '2027-04' }), submittedWithin('2199-12-01T00:00:00.000Z', { from: '2027-04' }), submittedWithin('2027-01-01T00:00:00.000Z', {})]).toStrictEqual([
      true,
      true,
      true,
    ]);
  });
});

describe('Month', () => {
  it('fails on anything but YYYY-MM with a month from 01 to 12', () => {
    expect(['2027-04', '2027-13', '2027-4', '2027-04-01', '27-04'].map((month) => Month.safeParse(month).success)).toStrictEqual([true, false, false, false, false]);
  });
});
