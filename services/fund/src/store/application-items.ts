import { CalendarDate, GrantPurpose } from '@platform/events';
import * as z from 'zod';
import type { Application } from '../domain/application.ts';
import { ApplicationStatus, DiversityGroup } from '../domain/application.ts';
import type { SelectionView } from '../domain/selection-view.ts';

// Items are read back through these schemas, which drop the keys and check that what was stored is what the
// domain expects. A failed parse names paths, never values: zod's messages here do not echo them, which
// matters because these items hold special category data.

const HistoryEntryItem = z.object({
  at: z.iso.datetime(),
  by: z.string(),
  role: z.enum(['candidate', 'finance']),
  action: z.enum(['submitted', 'withdrawn', 'considered', 'disbursed', 'approval-cancelled']),
  outcome: z.enum(['awaiting-decision', 'withdrawn', 'approved', 'rejected', 'paid', 'cancelled']),
  reason: z.string().nullable(),
  amountPence: z.int().nullable(),
});

const DisbursementItem = z.object({
  disbursementId: z.string(),
  amountPence: z.int(),
  paidOn: CalendarDate,
  at: z.iso.datetime(),
  by: z.string(),
  movementId: z.string(),
});

const ApplicationItem = z.object({
  applicationId: z.string(),
  candidateId: z.string(),
  seatId: z.string(),
  seatName: z.string(),
  selectionId: z.string(),
  region: z.string(),
  groups: z.array(DiversityGroup),
  describedAs: z.string().optional(),
  purpose: GrantPurpose,
  amountRequestedPence: z.int(),
  statement: z.string(),
  status: ApplicationStatus,
  version: z.int(),
  submittedAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().optional(),
  decidedBy: z.string().optional(),
  approvedPence: z.int(),
  disbursedPence: z.int(),
  releasedPence: z.int(),
  disbursements: z.array(DisbursementItem),
  history: z.array(HistoryEntryItem),
}) satisfies z.ZodType<Application>;

const SelectionViewItem = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('scheduled'),
    selectionId: z.string(),
    seatId: z.string(),
    seatName: z.string(),
    region: z.string(),
    timetableId: z.string(),
    opensOn: CalendarDate.optional(),
    resultEndsOn: CalendarDate,
    occurredAt: z.iso.datetime(),
  }),
  z.object({ status: z.literal('cancelled'), selectionId: z.string(), seatId: z.string(), reason: z.string(), occurredAt: z.iso.datetime() }),
]) satisfies z.ZodType<SelectionView>;

export const applicationOf = (item: Record<string, unknown>): Application => ApplicationItem.parse(item);

export const selectionViewOf = (item: Record<string, unknown>): SelectionView => SelectionViewItem.parse(item);
