import http from 'node:http';
import fc from 'fast-check';
import type { LocalCloudClient } from '@platform/testing';
import { requestsFor, type FuzzRequest, type FuzzRoute } from './route-requests.ts';

/** Who sends a request: each platform role, nobody, and somebody with a forged token. */
export const CALLERS = ['hq-staff', 'finance', 'candidate', 'no token', 'forged token'] as const;
export type FuzzCaller = (typeof CALLERS)[number];

/** The seed and the number of requests per route and caller. */
export interface FuzzSettings {
  readonly seed: number;
  readonly runs: number;
}

/** What the fuzzer sent and how long it took. */
export interface FuzzTally {
  requests: number;
  byStatus: Record<number, number>;
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A bearer token for each caller: real dev tokens for the three roles, and for the forged caller tokens that
 * claim every role but are not the issuer's: a real token's payload rewritten, `alg: none`, and not a JWT.
 */
export const tokensFor = async (cloud: LocalCloudClient): Promise<Record<FuzzCaller, fc.Arbitrary<string | undefined>>> => {
  const [staff, finance, candidate] = await Promise.all([cloud.token('hq-staff', 'fuzz-staff'), cloud.token('finance', 'fuzz-finance'), cloud.token('candidate', 'fuzz-candidate')]);
  const [header, payload, signature] = staff.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  const everyRole = { ...claims, sub: 'forger', 'cognito:groups': ['hq-staff', 'finance', 'candidate'] };
  const forged = [
    `${header}.${b64url(everyRole)}.${signature}`,
    `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(everyRole)}.`,
    `${header}.${payload}.${signature.slice(0, -4)}AAAA`,
    `${header}.${b64url({ ...claims, exp: 1 })}.${signature}`,
    'not-a-jwt',
  ];
  return {
    'hq-staff': fc.constant(staff),
    finance: fc.constant(finance),
    candidate: fc.constant(candidate),
    'no token': fc.constant(undefined),
    'forged token': fc.constantFrom(...forged),
  };
};

/** The same seed gives the same requests to a route and caller, whichever other routes run or in what order. */
export const seedFor = (seed: number, route: FuzzRoute, caller: FuzzCaller): number => {
  let hash = 0x811c9dc5 ^ seed;
  for (const char of `${route.method} ${route.path} ${caller}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash | 0;
};

interface Answer {
  status: number;
  contentType: string;
  body: unknown;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

/**
 * Sends one request exactly as generated, over node:http rather than fetch: fetch would resolve `..`
 * segments, refuse a GET with a body and re-encode the path, so the gateway would never see the hostile request.
 */
export const send = (cloud: LocalCloudClient, request: FuzzRequest, token: string | undefined): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const body = request.body === undefined ? undefined : Buffer.from(request.body, 'utf8');
    const outgoing = http.request(
      `${cloud.apiUrl}${request.path}`,
      {
        method: request.method,
        agent,
        headers: {
          ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}),
          ...request.headers,
          ...(body !== undefined ? { 'content-length': String(body.length) } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const contentType = response.headers['content-type'] ?? '';
          let parsed: unknown = text;
          if (/json/.test(contentType)) {
            try {
              parsed = JSON.parse(text);
            } catch {
              parsed = text;
            }
          }
          resolve({ status: response.statusCode ?? 0, contentType, body: parsed });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });

const isGatewayNotFound = (answer: Answer) => answer.status === 404 && JSON.stringify(answer.body) === '{"message":"Not Found"}';
const isGatewayTooLarge = (answer: Answer) => answer.status === 413 && JSON.stringify(answer.body) === '{"message":"Request Entity Too Large"}';

/**
 * Every rule an answer breaks: a 5xx; a 4xx that is not `application/problem+json` whose `status` is the HTTP
 * status (API Gateway's own 404 for a path no route matches, and its 413, keep its `{ message }` body as in AWS);
 * a request bad whoever sends it that is not refused; a caller the route's access does not admit who is not
 * refused with a 401 (no or a bad token) or a 403 (another role) before anything else is looked at.
 *
 * @example
 * violations(route, 'no token', request, { status: 500, contentType: 'text/plain', body: 'boom' }); // ['a 5xx']
 */
export const violations = (route: FuzzRoute, caller: FuzzCaller, request: FuzzRequest, answer: Answer): string[] => {
  const found: string[] = [];
  if (answer.status >= 500) found.push(`a ${answer.status}: the platform failed instead of refusing the request`);
  if (answer.status >= 400 && answer.status < 500 && !isGatewayTooLarge(answer) && !(isGatewayNotFound(answer) && !request.pathIsWellFormed)) {
    if (!answer.contentType.startsWith('application/problem+json')) found.push(`a ${answer.status} as ${answer.contentType || 'no content type'}, not application/problem+json`);
    else if ((answer.body as { status?: unknown } | null)?.status !== answer.status) found.push(`a ${answer.status} whose problem says status ${JSON.stringify((answer.body as { status?: unknown } | null)?.status)}`);
  }
  if (request.mustBeRefused && (answer.status < 400 || answer.status >= 500)) found.push(`a ${answer.status} for a ${request.kind} request, which must be refused with a 4xx`);
  const access = route.contract?.access;
  if (access !== undefined && access !== 'public' && request.pathIsWellFormed && !isGatewayTooLarge(answer)) {
    const expected = caller === 'no token' || caller === 'forged token' ? 401 : (access as readonly string[]).includes(caller) ? undefined : 403;
    if (expected !== undefined && answer.status !== expected) found.push(`a ${answer.status} for ${caller}, which the route's access (${access.join(', ')}) refuses with ${expected}`);
  }
  return found;
};

const shorten = (value: unknown, max = 300) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text !== undefined && text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
};

const describeRequest = (request: FuzzRequest) =>
  `${request.method} ${shorten(request.path, 400)} [${request.kind}] headers ${JSON.stringify(request.headers)} body ${shorten(request.body) ?? '(none)'}`;

/** A defect the fuzzer found, described so it can be replayed by hand. */
export class FuzzDefectError extends Error {
  constructor(route: FuzzRoute, caller: FuzzCaller, request: FuzzRequest, answer: Answer, found: string[]) {
    super(
      [
        `${route.method} ${route.path} as ${caller}: ${found.join('; ')}`,
        `  request  ${describeRequest(request)}`,
        `  response ${answer.status} ${answer.contentType} ${shorten(answer.body)}`,
      ].join('\n'),
    );
    this.name = 'FuzzDefectError';
  }
}

/**
 * Sends `runs` generated requests to one route as one caller, through the running local cloud, failing with
 * the smallest request fast-check can shrink to that breaks an invariant. Returns what was sent.
 *
 * @example
 * await fuzzRoute(cloud, route, 'finance', tokens.finance, { seed: 42, runs: 20 }, tally);
 */
export const fuzzRoute = async (
  cloud: LocalCloudClient,
  route: FuzzRoute,
  caller: FuzzCaller,
  token: fc.Arbitrary<string | undefined>,
  settings: FuzzSettings & { refusalsOnly?: boolean },
  tally: FuzzTally,
): Promise<void> => {
  const generated = requestsFor(route);
  const requests = settings.refusalsOnly ? generated.refusals : generated.all;
  if (requests === undefined) return;
  const seed = seedFor(settings.seed, route, caller);
  const details = await fc.check(
    fc.asyncProperty(requests, token, async (request, bearer) => {
      const answer = await send(cloud, request, bearer).catch((error: unknown) => {
        throw new Error(`${route.method} ${route.path} as ${caller}: no answer (${String(error)})\n  request  ${describeRequest(request)}`);
      });
      tally.requests += 1;
      tally.byStatus[answer.status] = (tally.byStatus[answer.status] ?? 0) + 1;
      const found = violations(route, caller, request, answer);
      if (found.length > 0) throw new FuzzDefectError(route, caller, request, answer, found);
    }),
    // No shrinking: each step would be another real request, and a 650-item body shrinks for minutes.
    { seed, numRuns: settings.runs, maxSkipsPerRun: 1_000, endOnFailure: true },
  );
  if (details.failed) {
    // fast-check's own report repeats the whole counterexample (650 long strings, say): ours is shorter.
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${cause}\n  after ${details.numRuns} requests, shrunk ${details.numShrinks} times; fast-check seed ${details.seed}${'path' in details ? `, path "${details.path}"` : ''}`);
  }
};

/**
 * Whether the gateway still answers: `GET /health` must be a 200 after every batch.
 *
 * @example
 * await expectGatewayUp(cloud); // throws if the gateway no longer answers
 */
export const expectGatewayUp = async (cloud: LocalCloudClient): Promise<void> => {
  const answer = await cloud.request('GET', '/health').catch((error: unknown) => ({ status: 0, body: String(error) }));
  if (answer.status !== 200) throw new Error(`the gateway no longer answers GET /health: ${answer.status} ${shorten(answer.body)}`);
};
