import { GrantPurpose, GssCode } from '@platform/events';
import * as z from 'zod';
import { ApplicationStatus, DiversityGroup } from '../../domain/application.ts';
import { applicationStages } from '../../domain/application-stage.ts';
import type { ApplicationStage, StageCounts } from '../../domain/application-stage.ts';
import type { candidateView, financeSummary, financeView } from '../../domain/application-views.ts';
import { Pence } from './exact-pence.ts';

const HistoryStep = z
  .strictObject({
    at: z.iso.datetime(),
    by: z.string().min(1).meta({ description: 'To the candidate: `you` or `Diversity Fund panel`; to finance: the staff id.' }),
    action: z.enum(['submitted', 'withdrawn', 'considered', 'disbursed', 'approval-cancelled']),
    outcome: z.enum(['awaiting-decision', 'withdrawn', 'approved', 'rejected', 'paid', 'cancelled']),
    reason: z.string().nullable(),
    amountPence: Pence.nullable(),
  })
  .meta({ id: 'ApplicationHistoryStep', description: 'One step in the story of an application.' });

const SPECIAL = 'Special category data: shown only to the applicant and to finance; empty (or absent) once erased.';

/** Where the special category fields of an erased application were: when, and why. */
export const ErasureMarkerResponse = z
  .strictObject({
    at: z.iso.datetime(),
    reason: z.enum(['retention-period-ended', 'candidate-request', 'request-on-behalf']),
  })
  .meta({
    id: 'ErasureMarker',
    description:
      'Present once the special category fields (groups, describedAs, statement) were erased: `retention-period-ended` by the schedule, `candidate-request` by the candidate, `request-on-behalf` by finance for a request made another way.',
  });

const common = {
  applicationId: z.uuid(),
  seatId: GssCode,
  seatName: z.string().min(1),
  groups: z.array(DiversityGroup).meta({ description: SPECIAL }),
  purpose: GrantPurpose,
  amountRequestedPence: Pence,
  status: ApplicationStatus,
  submittedAt: z.iso.datetime(),
  approvedPence: Pence,
  disbursedPence: Pence,
  remainingPence: Pence.meta({ description: 'Approved and not yet paid.' }),
};

const EXAMPLE = {
  applicationId: '01936f7e-8a2b-7c3d-9e4f-5a6b7c8d9e0f',
  seatId: 'E14001077',
  seatName: 'Bermondsey and Old Southwark',
  groups: ['women'],
  purpose: 'childcare',
  amountRequestedPence: 5000,
  status: 'submitted',
  submittedAt: '2027-02-03T12:00:00.000Z',
  approvedPence: 0,
  disbursedPence: 0,
  remainingPence: 0,
};

/** What the applicant sees of their own application (`POST /fund/applications`, `GET …/mine`, `GET …/{applicationId}`, withdraw). */
export const CandidateApplicationResponse = z
  .strictObject({
    ...common,
    describedAs: z.string().optional().meta({ description: SPECIAL }),
    statement: z.string().meta({ description: SPECIAL }),
    history: z.array(HistoryStep),
    erasure: ErasureMarkerResponse.optional(),
  })
  .meta({
    id: 'CandidateApplication',
    description: 'An application as its applicant reads it: everything they gave and its story, with no staff ids.',
    example: {
      ...EXAMPLE,
      statement: 'I care for two children and campaign in the evenings.',
      history: [{ at: '2027-02-03T12:00:00.000Z', by: 'you', action: 'submitted', outcome: 'awaiting-decision', reason: null, amountPence: null }],
    },
  }) satisfies z.ZodType<ReturnType<typeof candidateView>>;

const summaryShape = {
  ...common,
  candidateId: z.string().min(1),
  region: z.string().min(1),
  decidedAt: z.iso.datetime().optional(),
  decidedBy: z.string().optional(),
  releasedPence: Pence.meta({ description: 'Committed and never paid, returned to the fund when the approval was cancelled.' }),
};

/** One line of finance's list: no statement or history. */
export const ApplicationSummaryResponse = z
  .strictObject(summaryShape)
  .meta({
    id: 'ApplicationSummary',
    description: 'An application in finance’s list: no statement, no history.',
    example: { ...EXAMPLE, candidateId: 'cand-1', region: 'London', releasedPence: 0 },
  }) satisfies z.ZodType<ReturnType<typeof financeSummary>>;

/** The whole application, for finance (`GET …/{applicationId}`, decision, disbursements, cancel-approval). */
export const FinanceApplicationResponse = z
  .strictObject({
    ...summaryShape,
    selectionId: z.string().min(1),
    describedAs: z.string().optional().meta({ description: SPECIAL }),
    statement: z.string().meta({ description: SPECIAL }),
    disbursements: z.array(
      z.strictObject({ disbursementId: z.string().min(1), amountPence: Pence, paidOn: z.iso.date(), at: z.iso.datetime(), by: z.string().min(1), movementId: z.string().min(1) }),
    ),
    history: z.array(HistoryStep),
    erasure: ErasureMarkerResponse.optional(),
  })
  .meta({
    id: 'FinanceApplication',
    description: 'An application as finance reads it: who did what, and each disbursement.',
    example: {
      ...EXAMPLE,
      candidateId: 'cand-1',
      region: 'London',
      releasedPence: 0,
      selectionId: '3e9b7d2a-1c4f-5a6e-8b0d-9f2e4c6a8b1d',
      statement: 'I care for two children and campaign in the evenings.',
      disbursements: [],
      history: [{ at: '2027-02-03T12:00:00.000Z', by: 'cand-1', action: 'submitted', outcome: 'awaiting-decision', reason: null, amountPence: null }],
    },
  }) satisfies z.ZodType<ReturnType<typeof financeView>>;

/** `GET /fund/applications/{applicationId}`: finance's view to finance, the applicant's own to the applicant. */
export const ApplicationResponse = z.union([FinanceApplicationResponse, CandidateApplicationResponse]).meta({
  description: 'Finance’s view to finance; the applicant’s view to the applicant (another candidate’s application is a 404).',
});

/** `GET /fund/applications/mine`: the candidate's own applications. */
export const MyApplicationsResponse = z
  .strictObject({ items: z.array(CandidateApplicationResponse) })
  .meta({ id: 'MyApplications', description: 'The caller’s own applications.' });

/** `GET /fund/applications`: a page of finance's list; `next` is `null` on the last page. */
export const ApplicationPageResponse = z
  .strictObject({ items: z.array(ApplicationSummaryResponse), next: z.string().nullable().meta({ description: 'Pass as `next` for the following page.' }) })
  .meta({ id: 'ApplicationPage', description: 'A page of applications matching the filter.' });


/** `GET /fund/applications/counts`: how many applications the filters select at each stage. */
export const ApplicationCountsResponse = z
  .strictObject({
    stages: z.strictObject(Object.fromEntries(applicationStages.map((stage) => [stage, z.int().nonnegative()])) as Record<ApplicationStage, z.ZodInt>),
    total: z.int().nonnegative(),
  })
  .meta({
    id: 'ApplicationCounts',
    description: 'How many applications the filters select at each stage, and in all.',
    example: {
      stages: { 'awaiting-decision': 4, 'awaiting-payment': 2, 'part-paid': 1, paid: 3, rejected: 1, withdrawn: 0, 'approval-cancelled': 0 },
      total: 11,
    },
  }) satisfies z.ZodType<StageCounts>;
