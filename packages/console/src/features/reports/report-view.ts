import type { components } from '../../api/schema.ts';
import { formatPence } from '../../money/pence.ts';
import { groupLabels, purposeLabels } from '../applications/labels.ts';

export type DiversityReport = components['schemas']['DiversityReport'];
export type ReportCell = components['schemas']['ReportCell'];
type ReportRow = DiversityReport['total'];

/** The months a report covers, as the URL and the API hold them (`YYYY-MM`); an absent end is open. */
export interface ReportRange {
  readonly from?: string;
  readonly to?: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A `YYYY-MM` month in words.
 *
 * @example
 * monthLabel('2027-04'); // 'April 2027'
 */
export const monthLabel = (month: string): string => monthName.format(new Date(`${month}-01T00:00:00Z`));

/**
 * The months to choose from, newest first: from the current month back to January of `firstYear`.
 *
 * @example
 * monthsBack(new Date('2027-02-10'), 2026).slice(0, 3); // ['2027-02', '2027-01', '2026-12']
 */
export const monthsBack = (today: Date, firstYear: number): string[] => {
  const months: string[] = [];
  for (let year = today.getUTCFullYear(), month = today.getUTCMonth() + 1; year >= firstYear; month -= 1) {
    if (month === 0) {
      month = 12;
      year -= 1;
      if (year < firstYear) break;
    }
    months.push(`${year}-${String(month).padStart(2, '0')}`);
  }
  return months;
};

/**
 * The report's range from the URL's query, ignoring a month that is not `YYYY-MM`.
 *
 * @example
 * readReportRange(new URLSearchParams('from=2027-01&to=2027-13')); // { from: '2027-01' }
 */
export const readReportRange = (params: URLSearchParams): ReportRange => {
  const from = params.get('from');
  const to = params.get('to');
  return { ...(from && MONTH.test(from) ? { from } : {}), ...(to && MONTH.test(to) ? { to } : {}) };
};

/**
 * What is wrong with a range, in plain words; undefined when it is right.
 *
 * @example
 * rangeProblem({ from: '2027-05', to: '2027-04' }); // 'The first month must be the same as the last month or before it'
 */
export const rangeProblem = ({ from, to }: ReportRange): string | undefined =>
  from !== undefined && to !== undefined && from > to ? 'The first month must be the same as the last month or before it' : undefined;

/**
 * The range in words, for the report's heading and file.
 *
 * @example
 * describeRange({ from: '2027-01', to: '2027-03' }); // 'January 2027 to March 2027'
 */
export const describeRange = ({ from, to }: ReportRange): string => {
  if (from && to) return from === to ? monthLabel(from) : `${monthLabel(from)} to ${monthLabel(to)}`;
  if (from) return `From ${monthLabel(from)}`;
  if (to) return `Up to the end of ${monthLabel(to)}`;
  return 'Every application';
};

/** The report's columns: which figure, its heading, and whether it is an amount. */
export const REPORT_COLUMNS: readonly { key: keyof ReportRow; label: string; pence: boolean }[] = [
  { key: 'applications', label: 'Applications', pence: false },
  { key: 'requestedPence', label: 'Requested', pence: true },
  { key: 'approved', label: 'Approved', pence: false },
  { key: 'approvedPence', label: 'Approved amount', pence: true },
  { key: 'paid', label: 'Paid', pence: false },
  { key: 'disbursedPence', label: 'Paid amount', pence: true },
];

const count = new Intl.NumberFormat('en-GB');

/**
 * A cell as the page shows it: a count, an amount in pounds, or `<5` where it is hidden.
 *
 * @example
 * [cellText(12, false), cellText(150000, true), cellText('<5', true)]; // ['12', '£1,500.00', '<5']
 */
export const cellText = (cell: ReportCell, pence: boolean): string => (typeof cell === 'number' ? (pence ? formatPence(cell) : count.format(cell)) : cell);

/** One line of the report, under its section: every figure as given. */
export interface ReportLine {
  readonly section: 'Total' | 'Group' | 'Purpose' | 'Region';
  readonly name: string;
  readonly row: ReportRow;
}

/**
 * The report as lines, in the order of its tables: the total, then by group, purpose and region.
 *
 * @example
 * reportLines(report)[0]; // { section: 'Total', name: 'All applications', row: report.total }
 */
export const reportLines = (report: DiversityReport): ReportLine[] => [
  { section: 'Total', name: 'All applications', row: report.total },
  ...report.byGroup.map(({ group, ...row }) => ({ section: 'Group' as const, name: groupLabels[group] ?? group, row })),
  ...report.byPurpose.map(({ purpose, ...row }) => ({ section: 'Purpose' as const, name: purposeLabels[purpose] ?? purpose, row })),
  ...report.byRegion.map(({ region, ...row }) => ({ section: 'Region' as const, name: region, row })),
];
