import { defineRoute } from '@platform/kit/contract';
import * as z from 'zod';
import { Month } from '../domain/report-range.ts';
import { financeOnly, invalid } from './common-responses.ts';
import { DiversityReportResponse } from './responses/diversity-report.ts';

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
