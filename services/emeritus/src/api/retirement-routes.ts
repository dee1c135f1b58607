import { GssCode } from '@platform/events';
import { defineRoute } from '@platform/kit/contract';
import * as z from 'zod';
import { MpId, MpName, WithdrawalReason } from '../domain/retirement.ts';
import { ExpectedElectionOn } from '../domain/settings.ts';
import { RetirementPath } from '../handlers/retirement-path.ts';
import { NotInTheFuture } from './dates.ts';
import { RetirementResponse } from './responses/retirement.ts';

const staffOnly = {
  400: { description: 'The request is invalid; every problem is listed' },
  401: { description: 'No valid token' },
  403: { description: 'The caller is not HQ staff' },
} as const;

/** `POST /emeritus/retirements`. */
export const announceRetirement = defineRoute({
  method: 'POST',
  path: '/emeritus/retirements',
  summary: "Record an MP's announced retirement, judging whether it is early enough for the emeritus committee",
  access: ['hq-staff'],
  // Strict: a misspelt `expectedElectionOn` must be refused, not silently ignored and judged against the settings.
  body: z.strictObject({
    mpId: MpId,
    mpName: MpName,
    seatId: GssCode,
    announcedOn: NotInTheFuture,
    expectedElectionOn: ExpectedElectionOn.optional(),
  }),
  responses: {
    201: { description: 'The retirement, with whether the MP is emeritus-eligible and why', body: RetirementResponse },
    ...staffOnly,
    409: { description: 'The MP has an active retirement already (its id in details.retirementId)' },
    422: { description: 'There is no expected election date to judge against: save the settings first' },
  },
});

/** `POST /emeritus/retirements/{retirementId}/withdraw`. */
export const withdrawRetirement = defineRoute({
  method: 'POST',
  path: '/emeritus/retirements/{retirementId}/withdraw',
  summary: 'Withdraw a retirement; the MP may announce again later',
  access: ['hq-staff'],
  params: RetirementPath,
  body: z.strictObject({
    reason: WithdrawalReason,
    /** Defaults to today (UTC). */
    withdrawnOn: NotInTheFuture.optional(),
  }),
  responses: {
    200: { description: 'The retirement, withdrawn', body: RetirementResponse },
    ...staffOnly,
    404: { description: 'No such retirement' },
    409: { description: 'The retirement is withdrawn already' },
    422: { description: 'The withdrawal is dated before the announcement' },
  },
});

/** `GET /emeritus/retirements/{retirementId}`. */
export const getRetirement = defineRoute({
  method: 'GET',
  path: '/emeritus/retirements/{retirementId}',
  summary: 'Read one retirement',
  access: ['hq-staff'],
  params: RetirementPath,
  responses: { 200: { description: 'The retirement', body: RetirementResponse }, ...staffOnly, 404: { description: 'No such retirement' } },
});
