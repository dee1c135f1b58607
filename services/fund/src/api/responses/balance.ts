import { CalendarDate } from '@platform/events';
import * as z from 'zod';
import type { FundBalance } from '../../domain/balance.ts';
import { ExactPence, Pence } from './exact-pence.ts';

/** `GET /fund/balance`: the fund's totals, in whole pence rounded down, and exactly. */
export const BalanceResponse = z
  .strictObject({
    raisedPence: Pence,
    refundedPence: Pence,
    leviedPence: Pence,
    committedPence: Pence,
    disbursedPence: Pence,
    availablePence: Pence,
    exact: z.strictObject({ leviedPence: ExactPence, availablePence: ExactPence }),
    levyRate: z.strictObject({ basisPoints: z.int(), effectiveFrom: CalendarDate }).nullable(),
    unleviedPence: Pence,
    donationCount: z.int().nonnegative(),
    refundCount: z.int().nonnegative(),
    notice: z.string().optional(),
  })
  .meta({
    id: 'FundBalance',
    description: 'What the fund raised, levied, committed, paid out and has available.',
    example: {
      raisedPence: 250000,
      refundedPence: 0,
      leviedPence: 7500,
      committedPence: 0,
      disbursedPence: 0,
      availablePence: 7500,
      exact: { leviedPence: '7500.0000', availablePence: '7500.0000' },
      levyRate: { basisPoints: 300, effectiveFrom: '2026-01-01' },
      unleviedPence: 0,
      donationCount: 1,
      refundCount: 0,
    },
  }) satisfies z.ZodType<FundBalance>;
