import { describe, expect, it } from '@jest/globals';
import { csvText } from '../../export/csv-file.ts';
import { REPORT_CSV_COLUMNS } from './report-csv.ts';
import type { DiversityReport } from './report-view.ts';
import { cellText, describeRange, monthsBack, rangeProblem, readReportRange, reportLines } from './report-view.ts';

const row = (applications: number | '<5', requestedPence: number | '<5') => ({ applications, requestedPence, approved: '<5', approvedPence: '<5', paid: '<5', disbursedPence: '<5' }) as const;
const REPORT: DiversityReport = {
  generatedAt: '2027-06-01T08:00:00.000Z',
  suppressionThreshold: 5,
  total: row(12, 60_000),
  byGroup: [{ group: 'women', ...row(7, 35_000) }],
  byPurpose: [{ purpose: 'childcare', ...row('<5', '<5') }],
  byRegion: [{ region: 'Wales', ...row(12, 60_000) }],
};

describe('readReportRange', () => {
  it('reads the from and to months, ignoring one that is not YYYY-MM', () => {
    expect([readReportRange(new URLSearchParams('from=2027-01&to=2027-13')), readReportRange(new URLSearchParams('from=2027-01&to=2027-03'))]).toStrictEqual([
      { from: '2027-01' },
      { from: '2027-01', to: '2027-03' },
    ]);
  });
});

describe('rangeProblem', () => {
  it('fails a range whose first month is after its last, and accepts one month or an open end', () => {
    expect([rangeProblem({ from: '2027-05', to: '2027-04' }), rangeProblem({ from: '2027-04', to: '2027-04' }), rangeProblem({ from: '2027-04' })]).toStrictEqual([
      'The first month must be the same as the last month or before it',
      undefined,
      undefined,
    ]);
  });
});

describe('describeRange', () => {
  it('names the range in words', () => {
    expect([describeRange({}), describeRange({ from: '2027-01', to: '2027-03' }), describeRange({ from: '2027-01', to: '2027-01' }), describeRange({ from: '2027-01' }), describeRange({ to: '2027-03' })]).toStrictEqual([
      'Every application',
      'January 2027 to March 2027',
      'January 2027',
      'From January 2027',
      'Up to the end of March 2027',
    ]);
  });
});

describe('monthsBack', () => {
  it('lists the months newest first, across a new year, back to January of the first year', () => {
    const months = monthsBack(new Date('2027-02-10T12:00:00Z'), 2026);
    expect({ first: months.slice(0, 3), last: months.at(-1), length: months.length }).toStrictEqual({ first: ['2027-02', '2027-01', '2026-12'], last: '2026-01', length: 14 });
  });
});

describe('cellText', () => {
  it('shows counts, amounts in pounds, and hidden cells as <5', () => {
    expect([cellText(1_234, false), cellText(150_000, true), cellText('<5', true), cellText('<5', false)]).toStrictEqual(['1,234', '£1,500.00', '<5', '<5']);
  });
});

describe('REPORT_CSV_COLUMNS', () => {
  it('writes every line of the report under its section, amounts in exact pounds, hidden cells as <5', () => {
    expect(csvText(REPORT_CSV_COLUMNS, reportLines(REPORT)).split('\r\n')).toStrictEqual([
      'Section,Line,Applications,Requested (£),Approved,Approved amount (£),Paid,Paid amount (£)',
      'Total,All applications,12,600.00,<5,<5,<5,<5',
      'Group,Women,7,350.00,<5,<5,<5,<5',
      'Purpose,Childcare,<5,<5,<5,<5,<5,<5',
      'Region,Wales,12,600.00,<5,<5,<5,<5',
      '',
    ]);
  });
});
