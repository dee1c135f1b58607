import { defineRoute } from '@platform/kit/contract';
import * as z from 'zod';
import { ApplicationPath, Reason } from '../handlers/application-paths.ts';
import { financeOnly, invalid } from './common-responses.ts';
import { CandidateApplicationResponse, FinanceApplicationResponse } from './responses/application.ts';
import { ErasurePageResponse, MyDataExportResponse, PrivacyPolicyResponse } from './responses/privacy.ts';

/** `GET /fund/privacy`: public, for the console's start page before anyone signs in. */
export const getPrivacyPolicy = defineRoute({
  method: 'GET',
  path: '/fund/privacy',
  summary: 'Read how long applicants’ special category data is kept, and their rights to a copy and to erasure',
  access: 'public',
  responses: { 200: { description: 'The policy', body: PrivacyPolicyResponse } },
});

/** `POST /fund/applications/{applicationId}/erase`. */
export const eraseApplication = defineRoute({
  method: 'POST',
  path: '/fund/applications/{applicationId}/erase',
  summary: 'Erase the special category data of an application: a candidate their own, finance on a candidate’s behalf with a reason',
  access: ['candidate', 'finance'],
  params: ApplicationPath,
  body: z
    .strictObject({
      /** The candidate's confirmation that an undecided application is withdrawn first. */
      withdraw: z.boolean().optional(),
      /** Finance only, and required from finance: the request acted on (its date, reference). */
      reason: Reason.optional(),
    })
    .optional(),
  responses: {
    200: { description: "The application, erased (or erased already), in the caller's view", body: z.union([FinanceApplicationResponse, CandidateApplicationResponse]) },
    ...invalid,
    401: { description: 'No valid token' },
    403: { description: 'The caller is neither a candidate nor in finance' },
    404: { description: "No such application, or another candidate's" },
    409: { description: 'The application is undecided: ask again with withdraw: true to withdraw it first (details.withdrawRequired)' },
    422: { description: 'Finance gave no reason' },
  },
});

/** `GET /fund/applications/mine/export`. */
export const exportMyData = defineRoute({
  method: 'GET',
  path: '/fund/applications/mine/export',
  summary: 'Download everything the platform holds about the caller, as JSON',
  access: ['candidate'],
  responses: {
    200: { description: 'Their applications, histories and the special category data not yet erased', body: MyDataExportResponse },
    401: { description: 'No valid token' },
    403: { description: 'The caller is not a candidate' },
  },
});

/** `GET /fund/erasures`. */
export const listErasures = defineRoute({
  method: 'GET',
  path: '/fund/erasures',
  summary: 'List every erasure of special category data, oldest first, a page at a time',
  access: ['finance'],
  query: z
    .object({
      /** How many a page holds: 100 unless asked, 1,000 at most. */
      limit: z.coerce.number().int().min(1).max(1_000).default(100),
      /** The `next` of the previous page. */
      next: z.string().min(1).max(600).optional(),
    })
    .strict(),
  responses: { 200: { description: 'A page of erasures', body: ErasurePageResponse }, ...invalid, ...financeOnly },
});
