import * as z from 'zod';

/** What `GET /health` answers while the function runs: liveness only, no dependency is checked. */
export const HealthStatus = z.strictObject({ status: z.literal('ok') }).meta({
  id: 'HealthStatus',
  description: 'The API is up. Liveness only: no table or queue is touched.',
  example: { status: 'ok' },
});
