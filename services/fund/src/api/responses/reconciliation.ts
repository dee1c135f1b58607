import * as z from 'zod';
import { totalNames } from '../../domain/fund-totals.ts';
import type { Reconciliation } from '../../domain/fund-totals.ts';

/** `GET /fund/reconciliation`: every total recomputed from the ledger and compared with the running totals. */
export const ReconciliationResponse = z
  .strictObject({
    checkedAt: z.iso.datetime(),
    settled: z.boolean().meta({ description: '`false` when the fund kept changing during the check.' }),
    balanced: z.boolean(),
    movementCount: z.int().nonnegative(),
    unbalancedMovementIds: z.array(z.string()),
    entriesSum: z.int(),
    differences: z.array(
      z.strictObject({ total: z.enum([...totalNames, 'income-account']), recorded: z.number(), recomputed: z.number() }),
    ),
  })
  .meta({
    id: 'Reconciliation',
    description: 'Whether the running totals are what the ledger entries add up to, and each difference if not.',
    example: { checkedAt: '2026-04-01T08:00:00.000Z', settled: true, balanced: true, movementCount: 1, unbalancedMovementIds: [], entriesSum: 0, differences: [] },
  }) satisfies z.ZodType<Reconciliation & { checkedAt: string; settled: boolean }>;
