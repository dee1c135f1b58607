import { defineRoute } from '@platform/kit/contract';
import * as z from 'zod';
import { DEFAULT_SETTINGS, EarlyAnnouncementMonths } from '../domain/settings.ts';
import { NotInThePast } from './dates.ts';
import { EmeritusSettingsResponse } from './responses/settings.ts';

const staffOnly = {
  401: { description: 'No valid token' },
  403: { description: 'The caller is not HQ staff' },
} as const;

/** `GET /emeritus/settings`. */
export const getSettings = defineRoute({
  method: 'GET',
  path: '/emeritus/settings',
  summary: 'Read the expected election date and how early an announcement must be',
  access: ['hq-staff'],
  responses: { 200: { description: 'The settings', body: EmeritusSettingsResponse }, ...staffOnly },
});

/** `PUT /emeritus/settings`. */
export const putSettings = defineRoute({
  method: 'PUT',
  path: '/emeritus/settings',
  summary: 'Set the expected election date and how early an announcement must be; existing retirements are not re-judged',
  access: ['hq-staff'],
  body: z.strictObject({
    expectedElectionOn: NotInThePast,
    earlyAnnouncementMonths: EarlyAnnouncementMonths.default(DEFAULT_SETTINGS.earlyAnnouncementMonths),
  }),
  responses: {
    200: { description: 'The settings, saved', body: EmeritusSettingsResponse },
    400: { description: 'The settings are invalid; every problem is listed' },
    ...staffOnly,
    409: { description: 'The settings kept changing while this change was saved; try again' },
  },
});
