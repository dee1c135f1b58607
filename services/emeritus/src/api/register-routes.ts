import { GssCode } from '@platform/events';
import { defineRoute } from '@platform/kit/contract';
import * as z from 'zod';
import { MpId } from '../domain/retirement.ts';
import { ClauseVCheckResponse } from './responses/clause-v-check.ts';
import { CommitteeResponse } from './responses/committee.ts';
import { RegisterResponse } from './responses/register.ts';

const staffOnly = {
  401: { description: 'No valid token' },
  403: { description: 'The caller is not HQ staff' },
} as const;

/** `GET /emeritus/register`. */
export const getRegister = defineRoute({
  method: 'GET',
  path: '/emeritus/register',
  summary: 'List the retirements in the order announced, filtered by status and seat',
  access: ['hq-staff'],
  // Strict: a misspelt filter must fail, not silently list the whole register.
  query: z.strictObject({
    status: z.enum(['active', 'withdrawn']).optional(),
    seatId: GssCode.optional(),
  }),
  responses: { 200: { description: 'The retirements', body: RegisterResponse }, 400: { description: 'An unknown or invalid filter' }, ...staffOnly },
});

/** `GET /emeritus/committee`. */
export const getCommittee = defineRoute({
  method: 'GET',
  path: '/emeritus/committee',
  summary: 'List the emeritus committee: eligible MPs whose retirement stands',
  access: ['hq-staff'],
  responses: { 200: { description: 'The members, each with the day they joined', body: CommitteeResponse }, ...staffOnly },
});

/** `POST /emeritus/clause-v/check`. */
export const checkClauseV = defineRoute({
  method: 'POST',
  path: '/emeritus/clause-v/check',
  summary: 'Check a Clause V meeting attendance list for MPs who are retiring',
  access: ['hq-staff'],
  // A Clause V meeting brings together a few hundred people at most; the cap keeps one request small.
  body: z.strictObject({ attendees: z.array(MpId).max(1_000) }),
  responses: {
    200: { description: 'Every attendee with an active retirement, and why they may not attend', body: ClauseVCheckResponse },
    400: { description: 'The list is invalid; every problem is listed' },
    ...staffOnly,
  },
});
