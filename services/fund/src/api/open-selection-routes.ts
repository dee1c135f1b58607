import { SingleLineText } from '@platform/events';
import { defineRoute } from '@platform/kit/contract';
import * as z from 'zod';
import { OpenSelectionsResponse } from './responses/open-selections.ts';

/**
 * `GET /fund/open-selections?search=`: the seats a candidate may apply in today, found by constituency name,
 * from the fund's own view of the selections. Finance may look too (to answer a candidate's question).
 */
export const listOpenSelections = defineRoute({
  method: 'GET',
  path: '/fund/open-selections',
  summary: 'Find the seats whose selection is open now, by constituency name',
  access: ['candidate', 'finance'],
  query: z.strictObject({ search: SingleLineText(100) }),
  responses: {
    200: { description: 'At most 50 open selections whose seat name holds every word searched for, by name, with how many matched', body: OpenSelectionsResponse },
    400: { description: 'No search, or one longer than 100 characters' },
    401: { description: 'No valid token' },
    403: { description: 'The caller is neither a candidate nor finance' },
  },
});
