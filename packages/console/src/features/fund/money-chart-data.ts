import type { components } from '../../api/schema.ts';
import { formatPence } from '../../money/pence.ts';
import { monthLabel, monthsBack } from '../reports/report-view.ts';

export type MonthlyReport = components['schemas']['FundMonthlyReport'];

/** The months the overview's charts cover, `YYYY-MM`, both included. */
export interface ChartRange {
  readonly from: string;
  readonly to: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
// The API's bound: it reads every month from `from` to today.
const MAX_MONTHS = 120;

/**
 * The months a person may choose from, newest first: this month and the 119 before it (the API's limit).
 *
 * @example
 * chartMonths(new Date('2026-12-02')).slice(0, 2); // ['2026-12', '2026-11']
 */
export const chartMonths = (today: Date): string[] => monthsBack(today, today.getUTCFullYear() - 10).slice(0, MAX_MONTHS);

/**
 * The last twelve months, this one included: what the overview shows until another range is chosen.
 *
 * @example
 * defaultChartRange(new Date('2026-12-02')); // { from: '2026-01', to: '2026-12' }
 */
export const defaultChartRange = (today: Date): ChartRange => {
  const months = chartMonths(today);
  return { from: months[11]!, to: months[0]! };
};

/**
 * The range in the URL (`?from=YYYY-MM&to=YYYY-MM`), or the last twelve months when either is missing, malformed
 * or outside the months that can be chosen; `problem` says why a range asked for was not used.
 *
 * @example
 * readChartRange(new URLSearchParams('from=2026-03&to=2026-05'), new Date('2026-12-02')); // { range: { from: '2026-03', to: '2026-05' } }
 */
export const readChartRange = (params: URLSearchParams, today: Date): { range: ChartRange; problem?: string } => {
  const fallback = defaultChartRange(today);
  const from = params.get('from');
  const to = params.get('to');
  if (from === null && to === null) return { range: fallback };
  const months = chartMonths(today);
  const earliest = months.at(-1)!;
  if (from === null || to === null || !MONTH.test(from) || !MONTH.test(to)) return { range: fallback, problem: 'Choose both months from the lists' };
  if (from > to) return { range: fallback, problem: 'The first month must be the same as the last month or before it' };
  if (from < earliest) return { range: fallback, problem: `The first month can be no earlier than ${monthLabel(earliest)}` };
  return { range: { from, to } };
};

/** One month as the charts and their tables show it. */
export interface ChartMonth {
  readonly month: string;
  /** `April 2026`. */
  readonly label: string;
  /** `Apr 26`, the axis's tick. */
  readonly tick: string;
  readonly leviedPence: number;
  readonly grantedPence: number;
  readonly disbursedPence: number;
  readonly availablePence: number;
}

/** One bar of the money chart: a month's levy or grants. */
export interface MoneyBar {
  readonly tick: string;
  readonly series: 'Levied' | 'Granted';
  /** In pounds, for the axis only: the tables and words use the exact pence. */
  readonly pounds: number;
  readonly pence: number;
}

/** What the two charts draw and the words beside them say. */
export interface MoneyChartData {
  readonly months: readonly ChartMonth[];
  readonly bars: readonly MoneyBar[];
  readonly moneySummary: string;
  readonly balanceSummary: string;
}

const shortMonth = new Intl.DateTimeFormat('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' });

const sum = (months: readonly ChartMonth[], key: 'leviedPence' | 'grantedPence' | 'disbursedPence') => months.reduce((total, month) => total + month[key], 0);

const extreme = (months: readonly ChartMonth[], better: (a: number, b: number) => boolean) =>
  months.reduce<ChartMonth | undefined>((best, month) => (best === undefined || better(month.availablePence, best.availablePence) ? month : best), undefined);

/**
 * Shapes `GET /fund/reports/monthly` for the overview's two charts and their tables: one row a month, two bars a
 * month (levied, granted) and the summaries in words. The bars, tables and words are the same figures, exact to
 * the penny; only the axis uses pounds as a number.
 *
 * @example
 * const { months, bars, moneySummary } = moneyChartData(report);
 * bars[0]; // { tick: 'Jan 26', series: 'Levied', pounds: 18, pence: 1800 }
 */
export const moneyChartData = (report: MonthlyReport): MoneyChartData => {
  const months: ChartMonth[] = report.months.map((month) => ({
    ...month,
    label: monthLabel(month.month),
    tick: shortMonth.format(new Date(`${month.month}-01T00:00:00Z`)),
  }));
  const bars = months.flatMap((month): MoneyBar[] => [
    { tick: month.tick, series: 'Levied', pounds: month.leviedPence / 100, pence: month.leviedPence },
    { tick: month.tick, series: 'Granted', pounds: month.grantedPence / 100, pence: month.grantedPence },
  ]);
  const span = report.from === report.to ? `In ${monthLabel(report.from)}` : `From ${monthLabel(report.from)} to ${monthLabel(report.to)}`;
  const levied = sum(months, 'leviedPence');
  const granted = sum(months, 'grantedPence');
  const disbursed = sum(months, 'disbursedPence');
  const mostLevied = months.reduce<ChartMonth | undefined>((best, month) => (best === undefined || month.leviedPence > best.leviedPence ? month : best), undefined);
  const moneySummary =
    `${span}, ${formatPence(levied)} was levied and ${formatPence(granted)} granted, net of refunds and cancelled approvals; ${formatPence(disbursed)} was paid out.` +
    (mostLevied !== undefined && mostLevied.leviedPence > 0 ? ` The most levied in one month was ${formatPence(mostLevied.leviedPence)}, in ${mostLevied.label}.` : '');
  const highest = extreme(months, (a, b) => a > b);
  const lowest = extreme(months, (a, b) => a < b);
  const last = months.at(-1);
  const balanceSummary =
    last === undefined || highest === undefined || lowest === undefined
      ? 'No months to show.'
      : `The available balance was ${formatPence(report.openingAvailablePence)} at the start of ${monthLabel(report.from)} and ${formatPence(last.availablePence)} at the end of ${last.label}. ` +
        `It was highest at the end of ${highest.label} (${formatPence(highest.availablePence)}) and lowest at the end of ${lowest.label} (${formatPence(lowest.availablePence)}).`;
  return { months, bars, moneySummary, balanceSummary };
};
