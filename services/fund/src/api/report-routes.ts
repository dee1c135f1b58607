import { defineRoute } from '@platform/kit/contract';
import { financeOnly } from './common-responses.ts';
import { DiversityReportResponse } from './responses/diversity-report.ts';

/** `GET /fund/reports/diversity`. */
export const getDiversityReport = defineRoute({
  method: 'GET',
  path: '/fund/reports/diversity',
  summary: 'Count applications and amounts by group, purpose and region, hiding any cell about fewer than five',
  access: ['finance'],
  responses: { 200: { description: 'The report', body: DiversityReportResponse }, ...financeOnly },
});
