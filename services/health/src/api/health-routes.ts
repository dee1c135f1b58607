import { defineRoute } from '@platform/kit/contract';
import { HealthStatus } from './responses/health-status.ts';

/** `GET /health`: liveness for monitors and deploy checks. */
export const getHealth = defineRoute({
  method: 'GET',
  path: '/health',
  summary: 'Say whether the API is up',
  access: 'public',
  responses: { 200: { description: 'The API is up (liveness only: no table is touched)', body: HealthStatus } },
});
