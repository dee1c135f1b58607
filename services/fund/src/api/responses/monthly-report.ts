import * as z from 'zod';
import type { MonthlyReport } from '../../domain/monthly-report.ts';
import { Month } from '../../domain/report-range.ts';
import { Pence } from './exact-pence.ts';

/** `GET /fund/reports/monthly`: the fund month by month, in whole pence. */
export const MonthlyReportResponse = z
  .strictObject({
    from: Month,
    to: Month,
    openingAvailablePence: Pence.meta({ description: 'The available balance at the start of `from`.' }),
    months: z.array(
      z.strictObject({
        month: Month,
        leviedPence: Pence.meta({ description: 'Levied on donations received in the month, less levies reversed by refunds in it (whole pence of the running net levy, so the months add up).' }),
        grantedPence: Pence.meta({ description: 'Committed by approvals in the month, less what cancellations in it returned.' }),
        disbursedPence: Pence.meta({ description: 'Paid out in the month.' }),
        availablePence: Pence.meta({ description: "The available balance at the month's end: the month before's, plus leviedPence, less grantedPence." }),
      }),
    ),
  })
  .meta({
    id: 'FundMonthlyReport',
    description: 'Money levied, granted and paid out each month, and the available balance at each month’s end.',
    example: {
      from: '2026-05',
      to: '2026-06',
      openingAvailablePence: 0,
      months: [
        { month: '2026-05', leviedPence: 1800, grantedPence: 0, disbursedPence: 0, availablePence: 1800 },
        { month: '2026-06', leviedPence: -15, grantedPence: 1000, disbursedPence: 400, availablePence: 785 },
      ],
    },
  }) satisfies z.ZodType<MonthlyReport>;
