import { CalendarDate } from '@platform/events';
import * as z from 'zod';
import { accounts, flows } from '../../domain/ledger.ts';
import type { MovementKind } from '../../domain/ledger.ts';
import type { MovementView } from '../../domain/views.ts';
import { ExactPence, Pence } from './exact-pence.ts';

const kinds = Object.keys(flows) as [MovementKind, ...MovementKind[]];

const MovementResponse = z
  .strictObject({
    movementId: z.string().min(1),
    kind: z.enum(kinds),
    effectiveOn: CalendarDate,
    postedAt: z.iso.datetime(),
    amountPence: Pence,
    basisPoints: z.int().nullable().optional(),
    donationId: z.string().optional(),
    refundId: z.string().optional(),
    applicationId: z.string().optional(),
    disbursementId: z.string().optional(),
    permissibilityCheck: z.enum(['required', 'not-required']).optional(),
    entries: z.array(z.strictObject({ account: z.enum(accounts), exactPence: ExactPence })),
  })
  .meta({ id: 'LedgerMovement', description: 'One immutable movement between two accounts, as its pair of entries.' }) satisfies z.ZodType<MovementView>;

/** `GET /fund/ledger`: a page of movements in the date range; `nextCursor` is absent on the last page. */
export const LedgerPageResponse = z
  .strictObject({
    from: CalendarDate,
    to: CalendarDate,
    movements: z.array(MovementResponse),
    nextCursor: z.string().optional().meta({ description: 'Pass as `cursor` for the next page; absent on the last page.' }),
  })
  .meta({
    id: 'LedgerPage',
    description: 'The movements effective in the range, by date then posting time.',
    example: {
      from: '2026-03-01',
      to: '2026-03-31',
      movements: [
        {
          movementId: 'levy-d-1',
          kind: 'levy',
          effectiveOn: '2026-03-02',
          postedAt: '2026-03-02T10:00:01.000Z',
          amountPence: 250000,
          basisPoints: 300,
          donationId: 'd-1',
          permissibilityCheck: 'required',
          entries: [
            { account: 'income', exactPence: '-7500.0000' },
            { account: 'fund', exactPence: '7500.0000' },
          ],
        },
      ],
    },
  });
