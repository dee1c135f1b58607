import { defineRoute } from '@platform/kit/contract';
import * as z from 'zod';
import { HistoryCursor } from '../store/history-cursor.ts';
import { HistoryPageResponse } from './responses/history.ts';

/** `GET /emeritus/history`. */
export const getHistory = defineRoute({
  method: 'GET',
  path: '/emeritus/history',
  summary: 'Page through the append-only history of the register and its settings',
  access: ['hq-staff'],
  query: z.strictObject({
    limit: z.coerce.number().int().min(1).max(500).default(100),
    cursor: HistoryCursor.optional(),
  }),
  responses: {
    200: { description: 'A page of the history, oldest first, with the cursor of the next', body: HistoryPageResponse },
    400: { description: 'An invalid limit or a cursor this API did not hand out' },
    401: { description: 'No valid token' },
    403: { description: 'The caller is not HQ staff' },
  },
});
