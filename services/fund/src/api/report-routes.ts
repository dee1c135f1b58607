import { defineRoute } from '@platform/kit/contract';
import * as z from 'zod';
import { Month } from '../domain/report-range.ts';
import { financeOnly, invalid } from './common-responses.ts';
import { DiversityReportResponse } from './responses/diversity-report.ts';
import { MonthlyReportResponse } from './responses/monthly-report.ts';

/** `GET /fund/reports/diversity`. */
export const getDiversityReport = defineRoute({
  method: 'GET',
  path: '/fund/reports/diversity',
  summary: 'Count applications and amounts by group, purpose and region, hiding any cell about fewer than five',
  access: ['finance'],
  query: z
    .object({
      /** The first month of applications counted (by when they were submitted, UTC); from the first when absent. */
      from: Month.optional(),
      /** The last month counted, whole; to the latest when absent. */
      to: Month.optional(),
    })
    .strict()
    .refine(({ from, to }) => from === undefined || to === undefined || from <= to, { message: 'from must be the same month as to or earlier', path: ['from'] }),
  responses: { 200: { description: 'The report', body: DiversityReportResponse }, ...invalid, ...financeOnly },
});

// Ten years at most, as the ledger's other ranges: the report reads one ledger partition a month.
const MAX_REPORT_MONTHS = 120;

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** `GET /fund/reports/monthly`. */
export const getMonthlyReport = defineRoute({
  method: 'GET',
  path: '/fund/reports/monthly',
  summary: 'Money levied, granted and paid out each month, and the available balance at each month’s end',
  access: ['finance'],
  query: z
    .strictObject({
      /** The first month reported. */
      from: Month,
      /** The last month reported, whole. */
      to: Month,
    })
    .superRefine(({ from, to }, context) => {
      // Zod runs this even when a month is malformed, which its own issue already names.
      if (!Month.safeParse(from).success || !Month.safeParse(to).success) return;
      if (from > to) context.addIssue({ code: 'custom', message: 'from must be the same month as to or earlier', path: ['from'] });
      else if (monthIndex(to) - monthIndex(from) + 1 > MAX_REPORT_MONTHS) {
        context.addIssue({ code: 'custom', message: `the range may span at most ${MAX_REPORT_MONTHS} months`, path: ['to'] });
      }
      // The balances are worked back from today's totals through every month since `from` (see the handler),
      // so `from` is bounded too: no request walks more than ten years of partitions.
      if (monthIndex(new Date().toISOString().slice(0, 7)) - monthIndex(from) + 1 > MAX_REPORT_MONTHS) {
        context.addIssue({ code: 'custom', message: `from may be at most ${MAX_REPORT_MONTHS} months before this month`, path: ['from'] });
      }
    }),
  responses: { 200: { description: 'The months, oldest first', body: MonthlyReportResponse }, ...invalid, ...financeOnly },
});
