import { GrantPurpose, GssCode, Identifier, PositivePence, SingleLineText } from '@platform/events';
import { defineRoute } from '@platform/kit/contract';
import * as z from 'zod';
import { applicationStages } from '../domain/application-stage.ts';
import { ApplicationRequest, ApplicationStatus, DiversityGroup } from '../domain/application.ts';
import { ApplicationPath, Reason } from '../handlers/application-paths.ts';
import { financeOnly, invalid } from './common-responses.ts';
import {
  ApplicationCountsResponse,
  ApplicationPageResponse,
  ApplicationResponse,
  CandidateApplicationResponse,
  FinanceApplicationResponse,
  MyApplicationsResponse,
} from './responses/application.ts';

const notFound = { 404: { description: 'No such application' } } as const;

/** `POST /fund/applications`. */
export const submitApplication = defineRoute({
  method: 'POST',
  path: '/fund/applications',
  summary: 'Apply for support in a seat whose selection is open',
  access: ['candidate'],
  body: ApplicationRequest,
  responses: {
    201: { description: 'The application, as its candidate sees it', body: CandidateApplicationResponse },
    ...invalid,
    401: { description: 'No valid token' },
    403: { description: 'The caller is not a candidate' },
    422: { description: 'The seat has no open selection, or the candidate has made 50 applications already; the reason is given' },
  },
});

/** `GET /fund/applications/mine`. */
export const listMyApplications = defineRoute({
  method: 'GET',
  path: '/fund/applications/mine',
  summary: "List the caller's own applications, oldest first, each with its story",
  access: ['candidate'],
  responses: {
    200: { description: 'The applications', body: MyApplicationsResponse },
    401: { description: 'No valid token' },
    403: { description: 'The caller is not a candidate' },
  },
});

/** The filters finance's list and its counts share. */
const applicationFilters = {
  seatId: GssCode.optional(),
  /** The seat's region, as the seats import named it (`Wales`, `London`). */
  region: SingleLineText(100).optional(),
  group: DiversityGroup.optional(),
  purpose: GrantPurpose.optional(),
};

/** Where an application stands: its status, with an approved grant split by whether any of it is paid. */
export const ApplicationStage = z.enum(applicationStages).meta({
  id: 'ApplicationStage',
  description: '`awaiting-decision` (submitted), `awaiting-payment` (approved, nothing paid), `part-paid`, `paid`, `rejected`, `withdrawn`, `approval-cancelled`.',
});

/** `GET /fund/applications`. */
export const listApplications = defineRoute({
  method: 'GET',
  path: '/fund/applications',
  summary: 'List every application, oldest first, filtered, a page at a time',
  access: ['finance'],
  query: z
    .object({
      status: ApplicationStatus.optional(),
      stage: ApplicationStage.optional(),
      ...applicationFilters,
      /** How many a page holds: 100 unless asked, 1,000 at most. */
      limit: z.coerce.number().int().min(1).max(1_000).default(100),
      /** The `next` of the previous page. */
      next: z.string().min(1).max(600).optional(),
    })
    .strict(),
  responses: { 200: { description: 'A page of applications (groups, not statements), with the cursor of the next', body: ApplicationPageResponse }, ...invalid, ...financeOnly },
});

/** `GET /fund/applications/counts`. */
export const countApplications = defineRoute({
  method: 'GET',
  path: '/fund/applications/counts',
  summary: 'Count the applications the filters select at each stage',
  access: ['finance'],
  query: z.object(applicationFilters).strict(),
  responses: { 200: { description: 'How many applications are at each stage, and in all', body: ApplicationCountsResponse }, ...invalid, ...financeOnly },
});

/** `GET /fund/applications/{applicationId}`: finance reads any; a candidate only their own. */
export const getApplication = defineRoute({
  method: 'GET',
  path: '/fund/applications/{applicationId}',
  summary: "Read an application: finance any, with staff ids; a candidate their own, with the panel in staff's place",
  access: ['candidate', 'finance'],
  params: ApplicationPath,
  responses: {
    200: { description: "The application, in the caller's view", body: ApplicationResponse },
    ...invalid,
    401: { description: 'No valid token' },
    403: { description: 'The caller is neither a candidate nor in finance' },
    404: { description: "No such application, or another candidate's" },
  },
});

/** `POST /fund/applications/{applicationId}/withdraw`. */
export const withdrawApplication = defineRoute({
  method: 'POST',
  path: '/fund/applications/{applicationId}/withdraw',
  summary: 'Withdraw your application while it is undecided, optionally saying why',
  access: ['candidate'],
  params: ApplicationPath,
  // The body may be left out altogether.
  body: z.strictObject({ reason: Reason.optional() }).optional(),
  responses: {
    200: { description: 'The application, withdrawn', body: CandidateApplicationResponse },
    ...invalid,
    401: { description: 'No valid token' },
    403: { description: 'The caller is not a candidate' },
    404: { description: "No such application, or another candidate's" },
    409: { description: 'The application is decided already' },
  },
});

/** `POST /fund/applications/{applicationId}/decision`. */
export const decideApplication = defineRoute({
  method: 'POST',
  path: '/fund/applications/{applicationId}/decision',
  summary: 'Approve an application, committing the amount from the fund, or reject it with a reason',
  access: ['finance'],
  params: ApplicationPath,
  body: z.discriminatedUnion('decision', [
    z.strictObject({ decision: z.literal('approve'), amountPence: PositivePence }),
    z.strictObject({ decision: z.literal('reject'), reason: Reason }),
  ]),
  responses: {
    200: { description: 'The application, decided', body: FinanceApplicationResponse },
    ...invalid,
    401: { description: 'No valid token' },
    403: { description: 'The caller is not in finance, or is the applicant' },
    ...notFound,
    409: { description: 'Decided already, or the fund cannot cover the amount (details.availablePence)' },
    422: { description: 'More than was requested' },
  },
});

/** `POST /fund/applications/{applicationId}/disbursements`. */
export const disburseGrant = defineRoute({
  method: 'POST',
  path: '/fund/applications/{applicationId}/disbursements',
  summary: 'Pay part or all of what an approved grant still has committed',
  access: ['finance'],
  params: ApplicationPath,
  body: z.strictObject({
    amountPence: PositivePence,
    /** The caller's id for this payment, so that a retried request pays once; defaults to a new UUID. */
    disbursementId: Identifier.optional(),
  }),
  responses: {
    200: { description: 'This payment was made before: the application as it stands', body: FinanceApplicationResponse },
    201: { description: 'The application, paid', body: FinanceApplicationResponse },
    ...invalid,
    401: { description: 'No valid token' },
    403: { description: 'The caller is not in finance, or approved this grant (four eyes)' },
    ...notFound,
    409: { description: 'Not approved, more than is committed, this payment id with another amount, or paid in 50 disbursements already' },
  },
});

/** `POST /fund/applications/{applicationId}/cancel-approval`. */
export const cancelApproval = defineRoute({
  method: 'POST',
  path: '/fund/applications/{applicationId}/cancel-approval',
  summary: 'Cancel an approved grant, returning what is committed and unpaid to the fund',
  access: ['finance'],
  params: ApplicationPath,
  body: z.strictObject({ reason: Reason }),
  responses: {
    200: { description: 'The application, its approval cancelled', body: FinanceApplicationResponse },
    ...invalid,
    ...financeOnly,
    ...notFound,
    409: { description: 'The application is not approved' },
  },
});
