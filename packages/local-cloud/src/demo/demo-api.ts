import type { Role } from '../auth/dev-issuer.ts';
import { DemoDataError } from '../errors.ts';

/** Who makes a request: a role and a user id, for which a dev token is minted. */
export type Caller = readonly [Role, string];

/** Mints a dev token for a role and user id (as `pnpm --silent token --role … --sub …` does). */
export type TokenMinter = (role: Role, sub: string) => Promise<string>;

/** One request of a step, and the statuses that step accepts as success. */
export interface DemoRequest {
  as: Caller;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  path: string;
  json?: unknown;
  csv?: string;
  expect: readonly number[];
}

/** The platform's public HTTP API, as the demo loader calls it. */
export interface DemoApi {
  call<T>(step: string, request: DemoRequest): Promise<{ status: number; body: T }>;
}

/** The most telling part of a refusal: the problem's detail, its first issue, or the start of the body. */
const problemOf = (body: unknown, text: string): string => {
  if (body !== null && typeof body === 'object') {
    const problem = body as { detail?: unknown; title?: unknown; errors?: { path?: unknown[]; message?: unknown }[] };
    const issue = problem.errors?.[0];
    const detail = typeof problem.detail === 'string' ? problem.detail : typeof problem.title === 'string' ? problem.title : '';
    return issue === undefined ? detail : `${detail} (${(issue.path ?? []).join('.')}: ${String(issue.message)})`;
  }
  return text.slice(0, 200);
};

/**
 * Calls the platform through its HTTP API only, with `fetch`, as any client would: a dev token per caller
 * (minted once and reused), JSON or CSV bodies, and every answer checked against the statuses the step
 * expects. Anything else throws a {@link DemoDataError} naming the step, the request and the answer.
 *
 * @example
 * const api = demoApi({ apiUrl: 'http://localhost:3000', token });
 * const { body } = await api.call('read the balance', { as: ['finance', 'fin-1'], method: 'GET', path: '/fund/balance', expect: [200] });
 */
export const demoApi = ({ apiUrl, token }: { apiUrl: string; token: TokenMinter }): DemoApi => {
  const tokens = new Map<string, Promise<string>>();
  const bearer = ([role, sub]: Caller) => {
    const key = `${role} ${sub}`;
    if (!tokens.has(key)) tokens.set(key, token(role, sub));
    return tokens.get(key) as Promise<string>;
  };
  return {
    call: async <T>(step: string, { as, method, path, json, csv, expect }: DemoRequest) => {
      const what = `${method} ${path.split('?')[0]}`;
      let response: Response;
      try {
        response = await fetch(`${apiUrl}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${await bearer(as)}`,
            ...(json !== undefined ? { 'content-type': 'application/json' } : {}),
            ...(csv !== undefined ? { 'content-type': 'text/csv' } : {}),
          },
          ...(json !== undefined ? { body: JSON.stringify(json) } : csv !== undefined ? { body: csv } : {}),
        });
      } catch (error) {
        throw new DemoDataError(step, `${what} could not reach the platform at ${apiUrl} (${(error as Error).message})`, { cause: error });
      }
      const text = await response.text();
      let body: unknown = text;
      if ((response.headers.get('content-type') ?? '').includes('json') && text !== '') {
        try {
          body = JSON.parse(text) as unknown;
        } catch (error) {
          throw new DemoDataError(step, `${what} answered ${response.status} with a body that is not JSON`, { cause: error });
        }
      }
      if (!expect.includes(response.status)) {
        const problem = problemOf(body, text);
        throw new DemoDataError(step, `${what} answered ${response.status}, not ${expect.join(' or ')}${problem ? `: ${problem}` : ''}`);
      }
      return { status: response.status, body: body as T };
    },
  };
};
