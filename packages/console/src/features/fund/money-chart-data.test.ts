import { describe, expect, it } from '@jest/globals';
import { chartMonths, defaultChartRange, moneyChartData, readChartRange } from './money-chart-data.ts';
import type { MonthlyReport } from './money-chart-data.ts';

const TODAY = new Date('2026-12-02T10:00:00Z');

const REPORT: MonthlyReport = {
  from: '2026-04',
  to: '2026-06',
  openingAvailablePence: 30_000,
  months: [
    { month: '2026-04', leviedPence: 60_005, grantedPence: 50_000, disbursedPence: 0, availablePence: 40_005 },
    { month: '2026-05', leviedPence: -15, grantedPence: -20_000, disbursedPence: 20_000, availablePence: 59_990 },
    { month: '2026-06', leviedPence: 150, grantedPence: 0, disbursedPence: 0, availablePence: 60_140 },
  ],
};

describe('chartMonths', () => {
  it('offers this month and the 119 before it, newest first', () => {
    const months = chartMonths(TODAY);
    expect([months.length, months[0], months[1], months.at(-1)]).toStrictEqual([120, '2026-12', '2026-11', '2017-01']);
  });
});

describe('defaultChartRange', () => {
  it('is the last twelve months, this one included', () => {
    expect(defaultChartRange(TODAY)).toStrictEqual({ from: '2026-01', to: '2026-12' });
  });
});

describe('readChartRange', () => {
  it('takes the months in the URL', () => {
    expect(readChartRange(new URLSearchParams('from=2026-03&to=2026-05'), TODAY)).toStrictEqual({ range: { from: '2026-03', to: '2026-05' } });
  });

  it('shows the last twelve months when the URL names none, with no problem', () => {
    expect(readChartRange(new URLSearchParams(''), TODAY)).toStrictEqual({ range: { from: '2026-01', to: '2026-12' } });
  });

  it('fails back to the last twelve months on a range backwards, saying why', () => {
    expect(readChartRange(new URLSearchParams('from=2026-06&to=2026-03'), TODAY)).toStrictEqual({
      range: { from: '2026-01', to: '2026-12' },
      problem: 'The first month must be the same as the last month or before it',
    });
  });

  it('fails back on a malformed or missing month, and on one earlier than can be chosen', () => {
    expect([
      readChartRange(new URLSearchParams('from=2026-3&to=2026-05'), TODAY).problem,
      readChartRange(new URLSearchParams('from=2026-03'), TODAY).problem,
      readChartRange(new URLSearchParams('from=2016-12&to=2017-05'), TODAY).problem,
    ]).toStrictEqual(['Choose both months from the lists', 'Choose both months from the lists', 'The first month can be no earlier than January 2017']);
  });
});

describe('moneyChartData', () => {
  it('gives one row a month and two bars a month, levied then granted, in exact pence', () => {
    // Act
    const { months, bars } = moneyChartData(structuredClone(REPORT));
    // Assess
    expect(months[0]).toStrictEqual({ month: '2026-04', label: 'April 2026', tick: 'Apr 26', leviedPence: 60_005, grantedPence: 50_000, disbursedPence: 0, availablePence: 40_005 });
    expect(bars).toStrictEqual([
      { tick: 'Apr 26', series: 'Levied', pounds: 600.05, pence: 60_005 },
      { tick: 'Apr 26', series: 'Granted', pounds: 500, pence: 50_000 },
      { tick: 'May 26', series: 'Levied', pounds: -0.15, pence: -15 },
      { tick: 'May 26', series: 'Granted', pounds: -200, pence: -20_000 },
      { tick: 'Jun 26', series: 'Levied', pounds: 1.5, pence: 150 },
      { tick: 'Jun 26', series: 'Granted', pounds: 0, pence: 0 },
    ]);
  });

  it('sums the range and names its peaks in words, in pounds', () => {
    const { moneySummary, balanceSummary } = moneyChartData(structuredClone(REPORT));
    expect(moneySummary).toBe(
      'From April 2026 to June 2026, £601.40 was levied and £300.00 granted, net of refunds and cancelled approvals; £200.00 was paid out. The most levied in one month was £600.05, in April 2026.',
    );
    expect(balanceSummary).toBe(
      'The available balance was £300.00 at the start of April 2026 and £601.40 at the end of June 2026. It was highest at the end of June 2026 (£601.40) and lowest at the end of April 2026 (£400.05).',
    );
  });

  it('says "In" for one month, and names no peak when nothing was levied', () => {
    const report: MonthlyReport = { from: '2026-07', to: '2026-07', openingAvailablePence: 0, months: [{ month: '2026-07', leviedPence: 0, grantedPence: 0, disbursedPence: 0, availablePence: 0 }] };
    expect(moneyChartData(report).moneySummary).toBe('In July 2026, £0.00 was levied and £0.00 granted, net of refunds and cancelled approvals; £0.00 was paid out.');
  });
});
