import { Identifier } from '@platform/events';
import { GrantPurpose } from '@platform/events';
import * as z from 'zod';
import { DiversityGroup } from '../domain/application.ts';
import type { ErasedGroupTally } from '../domain/erased-group-tally.ts';
import type { ErasureRecord } from '../domain/erasure.ts';

const ErasureRecordItem = z.object({
  erasureId: z.uuid(),
  applicationId: z.uuid(),
  data: z.literal('special-category'),
  fields: z.array(z.enum(['groups', 'describedAs', 'statement'])),
  at: z.iso.datetime(),
  reason: z.enum(['retention-period-ended', 'candidate-request', 'request-on-behalf']),
  by: Identifier,
  note: z.string().optional(),
  withdrawn: z.boolean(),
}) satisfies z.ZodType<ErasureRecord>;

const ErasedGroupTallyItem = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  group: DiversityGroup,
  purpose: GrantPurpose,
  applications: z.int(),
  requestedPence: z.int(),
  approved: z.int(),
  approvedPence: z.int(),
  paid: z.int(),
  disbursedPence: z.int(),
}) satisfies z.ZodType<ErasedGroupTally>;

export const erasureRecordOf = (item: Record<string, unknown>): ErasureRecord => ErasureRecordItem.parse(item);

export const erasedGroupTallyOf = (item: Record<string, unknown>): ErasedGroupTally => ErasedGroupTallyItem.parse(item);
