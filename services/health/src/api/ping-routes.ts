import { defineRoute, roles } from '@platform/kit/contract';
import * as z from 'zod';
import { PingMessage } from '../domain/ping.ts';
import { PingResponse } from './responses/ping.ts';

/** `POST /health/pings`: any signed-in caller records a ping, which travels the outbox and comes back. */
export const recordPing = defineRoute({
  method: 'POST',
  path: '/health/pings',
  summary: 'Record a ping, to see an event make the round trip',
  access: roles,
  body: z.strictObject({ message: PingMessage }),
  responses: {
    202: { description: 'The ping is stored; its event has yet to come back and mark it received', body: PingResponse },
    400: { description: 'The body is not a valid ping' },
    401: { description: 'No valid token' },
    403: { description: 'The caller holds no platform role' },
  },
});

/** `GET /health/pings/{pingId}`: a ping belongs to whoever recorded it; HQ staff may read any. */
export const getPing = defineRoute({
  method: 'GET',
  path: '/health/pings/{pingId}',
  summary: 'Read a ping you recorded (HQ staff: any ping)',
  access: roles,
  params: z.strictObject({ pingId: z.uuid() }),
  responses: {
    200: { description: 'The ping, received or not', body: PingResponse },
    400: { description: 'The id is not a UUID' },
    401: { description: 'No valid token' },
    403: { description: 'The caller holds no platform role' },
    404: { description: "No such ping, or another caller's" },
  },
});
