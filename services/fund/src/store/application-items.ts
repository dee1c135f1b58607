import { CalendarDate, GrantPurpose, GssCode, Identifier } from '@platform/events';
import * as z from 'zod';
import type { ApplicationFacets } from '../domain/application-stage.ts';
import type { Application } from '../domain/application.ts';
import { ApplicationStatus, DiversityGroup } from '../domain/application.ts';
import type { SelectionView } from '../domain/selection-view.ts';

// Items are read back through these schemas, which drop the keys and check that what was stored is what the
// domain expects. A failed parse names paths, never values: zod's messages here do not echo them, which
// matters because these items hold special category data. Ids are read back as `Identifier`s (and seats as
// `GssCode`s), the schemas they were checked against on the way in, so a stored id is one a key can hold.

const HistoryEntryItem = z.object({
  at: z.iso.datetime(),
  by: Identifier,
  role: z.enum(['candidate', 'finance']),
  action: z.enum(['submitted', 'withdrawn', 'considered', 'disbursed', 'approval-cancelled']),
  outcome: z.enum(['awaiting-decision', 'withdrawn', 'approved', 'rejected', 'paid', 'cancelled']),
  reason: z.string().nullable(),
  amountPence: z.int().nullable(),
});

const DisbursementItem = z.object({
  disbursementId: Identifier,
  amountPence: z.int(),
  paidOn: CalendarDate,
  at: z.iso.datetime(),
  by: Identifier,
  movementId: Identifier,
});

const ApplicationItem = z.object({
  applicationId: z.uuid(),
  candidateId: Identifier,
  seatId: GssCode,
  seatName: z.string(),
  selectionId: Identifier,
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
  decidedBy: Identifier.optional(),
  approvedPence: z.int(),
  disbursedPence: z.int(),
  releasedPence: z.int(),
  disbursements: z.array(DisbursementItem),
  history: z.array(HistoryEntryItem),
  erasure: z.object({ at: z.iso.datetime(), reason: z.enum(['retention-period-ended', 'candidate-request', 'request-on-behalf']) }).optional(),
}) satisfies z.ZodType<Application>;

const SelectionViewItem = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('scheduled'),
    selectionId: Identifier,
    seatId: GssCode,
    seatName: z.string(),
    region: z.string(),
    timetableId: Identifier,
    opensOn: CalendarDate.optional(),
    resultEndsOn: CalendarDate,
    occurredAt: z.iso.datetime(),
  }),
  z.object({ status: z.literal('cancelled'), selectionId: Identifier, seatId: GssCode, reason: z.string(), occurredAt: z.iso.datetime() }),
]) satisfies z.ZodType<SelectionView>;

const ApplicationFacetsItem = ApplicationItem.pick({ status: true, seatId: true, region: true, groups: true, purpose: true, disbursedPence: true }) satisfies z.ZodType<ApplicationFacets>;

/** The attributes {@link facetsOf} reads: a projection, so a count never carries statements out of DynamoDB. */
export const FACET_ATTRIBUTES = ['status', 'seatId', 'region', 'groups', 'purpose', 'disbursedPence'] as const;

export const facetsOf = (item: Record<string, unknown>): ApplicationFacets => ApplicationFacetsItem.parse(item);

export const applicationOf = (item: Record<string, unknown>): Application => ApplicationItem.parse(item);

export const selectionViewOf = (item: Record<string, unknown>): SelectionView => SelectionViewItem.parse(item);
