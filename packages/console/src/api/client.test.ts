import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createApiClient } from './client.ts';
import { ApiProblemError } from './problem.ts';

// A stand-in API on loopback answering as the platform's does: what matters here is the client's reading of
// the answers (the token and correlation id it sends, the problem it throws), not any route's logic.
const seen: { authorization?: string; correlationId?: string }[] = [];
const server = createServer((request, response) => {
  seen.push({ authorization: request.headers.authorization, correlationId: request.headers['x-correlation-id'] as string });
  const problem = (status: number, body: object) => response.writeHead(status, { 'content-type': 'application/problem+json', 'x-correlation-id': 'corr-from-api' }).end(JSON.stringify(body));
  if (request.url === '/fund/applications/mine') return problem(500, { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'The request could not be completed.' });
  if (request.url?.startsWith('/fund/open-selections')) return problem(400, { status: 400, detail: 'the query is not valid', errors: [{ path: ['query', 'search'], message: 'Too big: expected string to have <=100 characters' }] });
  return problem(401, { status: 401, detail: 'The bearer token is not valid for this API.' });
});
let baseUrl = '';
let unauthenticated = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const client = () => createApiClient({ baseUrl, accessToken: () => 'token-1', onUnauthenticated: () => unauthenticated++ });

describe('createApiClient', () => {
  it("throws a 5xx as a problem carrying the API's correlation id to quote, sending the token and a correlation id", async () => {
    const failure = await client().GET('/fund/applications/mine').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiProblemError);
    expect({ status: (failure as ApiProblemError).status, correlationId: (failure as ApiProblemError).correlationId, detail: (failure as ApiProblemError).detail }).toStrictEqual({
      status: 500,
      correlationId: 'corr-from-api',
      detail: 'The request could not be completed.',
    });
    expect(seen.at(-1)?.authorization).toBe('Bearer token-1');
    expect(seen.at(-1)?.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("throws a 400 with each issue's path, for the page to map to its field", async () => {
    const failure = (await client().GET('/fund/open-selections', { params: { query: { search: 'x' } } }).catch((error: unknown) => error)) as ApiProblemError;
    expect(failure.issues).toStrictEqual([{ path: ['query', 'search'], message: 'Too big: expected string to have <=100 characters' }]);
  });

  it('tells the session on a 401, so the person signs in again and comes back', async () => {
    const before = unauthenticated;
    const failure = (await client().GET('/fund/balance').catch((error: unknown) => error)) as ApiProblemError;
    expect([failure.status, unauthenticated - before]).toStrictEqual([401, 1]);
  });
});
