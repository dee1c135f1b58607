import createClient from 'openapi-fetch';
import type { Middleware } from 'openapi-fetch';
import type { paths } from './schema.ts';
import { ApiProblemError } from './problem.ts';
import type { ProblemBody } from './problem.ts';

export type ApiClient = ReturnType<typeof createApiClient>;

interface ClientOptions {
  readonly baseUrl: string;
  readonly accessToken: () => string | undefined;
  /** Called on a 401: the session has ended, so the user signs in again and comes back. */
  readonly onUnauthenticated: () => void;
}

const newCorrelationId = (): string => crypto.randomUUID();

/**
 * The typed API client: paths, parameters and bodies typed from the OpenAPI document the API serves
 * (`pnpm --filter @platform/console api:types` regenerates `schema.ts`). Adds the bearer token and a
 * correlation id to each request, and turns every non-2xx answer into an {@link ApiProblemError}.
 */
export const createApiClient = ({ baseUrl, accessToken, onUnauthenticated }: ClientOptions) => {
  const client = createClient<paths>({ baseUrl });
  const auth: Middleware = {
    onRequest({ request }) {
      const token = accessToken();
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      request.headers.set('x-correlation-id', newCorrelationId());
      return request;
    },
    async onResponse({ request, response }) {
      if (response.ok) return response;
      const correlationId = response.headers.get('x-correlation-id') ?? request.headers.get('x-correlation-id') ?? undefined;
      if (response.status === 401) onUnauthenticated();
      const type = response.headers.get('content-type') ?? '';
      const body = type.includes('json') ? ((await response.clone().json().catch(() => undefined)) as ProblemBody | undefined) : undefined;
      throw new ApiProblemError(response.status, body, correlationId);
    },
    onError() {
      // The network failed (offline, refused): no status, no correlation id from the API.
      return new ApiProblemError(0, { detail: 'The service could not be reached. Check your connection and try again.' }, undefined);
    },
  };
  client.use(auth);
  return client;
};
