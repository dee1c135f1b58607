import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { claimsAsApiGatewayPassesThem } from '../auth/dev-issuer.ts';
import type { TokenVerifier } from '../auth/jwt-authorizer.ts';
import { MalformedPathError } from '../errors.ts';
import type { FunctionPool } from '../runtime/function-pool.ts';
import type { RouteWiring } from '../wiring/wiring.ts';
import { isPreflight, preflightHeaders, responseCorsHeaders } from './cors.ts';
import type { CorsPolicy } from './cors.ts';
import { httpApiEvent } from './http-api-event.ts';
import { routeMatcher } from './route-matcher.ts';

const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

interface ProxyResult {
  statusCode?: number;
  headers?: Record<string, string | number | boolean>;
  body?: string;
  isBase64Encoded?: boolean;
  cookies?: string[];
}

const send = (response: ServerResponse, status: number, headers: Record<string, string | string[]>, body: string | Buffer) => {
  response.writeHead(status, headers);
  response.end(body);
};

const problem = (
  response: ServerResponse,
  { status, title, detail, instance }: { status: number; title: string; detail: string; instance: string },
  headers: Record<string, string> = {},
) => send(response, status, { 'content-type': 'application/problem+json', ...headers }, JSON.stringify({ type: 'about:blank', title, status, detail, instance }));

const unauthorized = (response: ServerResponse, instance: string, detail: string) =>
  problem(response, { status: 401, title: 'Unauthorized', detail, instance }, { 'www-authenticate': 'Bearer' });

/**
 * Reads the body up to API Gateway's 10 MB payload limit. Past it, the rest is read and
 * dropped rather than left in the socket: a keep-alive client would otherwise wait on a
 * connection that never answers its next request.
 */
const readBody = (request: IncomingMessage): Promise<Buffer | undefined> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (body: Buffer | undefined) => {
      settled = true;
      resolve(body);
    };
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (settled) return;
      if (size <= MAX_PAYLOAD_BYTES) chunks.push(chunk);
      else settle(undefined);
    });
    request.once('end', () => settled || settle(Buffer.concat(chunks)));
    request.once('error', reject);
    request.once('close', () => settled || reject(new Error('the client closed the request before its body ended')));
  });

const tooLarge = (response: ServerResponse) =>
  // `connection: close`: the client must not send its next request down a socket that still
  // carries the rest of this body; Node closes it once the 413 is written.
  send(response, 413, { 'content-type': 'application/json', connection: 'close' }, JSON.stringify({ message: 'Request Entity Too Large' }));

const declaredTooLarge = (request: IncomingMessage) => Number(request.headers['content-length'] ?? 0) > MAX_PAYLOAD_BYTES;

/** The request's URL; `undefined` when its Host header or target cannot form one. */
const requestUrl = (request: IncomingMessage): URL | undefined => {
  try {
    return new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
  } catch {
    return undefined;
  }
};

/**
 * Interprets a function's result as API Gateway's payload format 2.0 does: a result with a
 * `statusCode` is a full response; anything else is a 200 with the value as JSON.
 */
const writeResult = (response: ServerResponse, result: unknown) => {
  if (result === null || typeof result !== 'object' || !('statusCode' in result)) {
    const body = typeof result === 'string' ? result : JSON.stringify(result ?? null);
    return send(response, 200, { 'content-type': 'application/json' }, body);
  }
  const { statusCode = 200, headers = {}, body = '', isBase64Encoded = false, cookies } = result as ProxyResult;
  const outgoing: Record<string, string | string[]> = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, String(value)]));
  if (cookies?.length) outgoing['set-cookie'] = cookies;
  return send(response, statusCode, outgoing, isBase64Encoded ? Buffer.from(body, 'base64') : body);
};

const bearerToken = (request: IncomingMessage): string | undefined => /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];

/**
 * The local stand-in for API Gateway HTTP API: routes each request by the app's route keys,
 * verifies the bearer token where the route has a JWT authorizer, and invokes the route's
 * function with a payload format 2.0 event.
 *
 * @example
 * const server = httpGateway({ routes, pool, issuer });
 * server.listen(3000, '127.0.0.1');
 */
export const httpGateway = ({
  routes,
  pool,
  authorizer,
  cors,
  onError = (error: unknown) => console.error(error),
}: {
  routes: RouteWiring[];
  pool: FunctionPool;
  /** Verifies bearer tokens on JWT routes, as the API's JWT authorizer does in AWS. */
  authorizer: TokenVerifier;
  /** The API's CORS policy, as the template declares it; none: no cross-origin caller is allowed. */
  cors?: CorsPolicy;
  onError?: (error: unknown) => void;
}): Server => {
  const match = routeMatcher(routes);
  const report = (error: unknown) => {
    try {
      onError(error);
    } catch {
      // A failing logger must not turn one request's failure into the gateway's.
    }
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    // API Gateway answers a preflight itself, and puts its CORS headers on every answer, refusals included.
    if (cors && isPreflight(request)) return send(response, 204, preflightHeaders(cors, request), '');
    for (const [name, value] of Object.entries(responseCorsHeaders(cors, request.headers.origin))) response.setHeader(name, value);
    const url = requestUrl(request);
    if (!url) return send(response, 400, { 'content-type': 'application/json' }, JSON.stringify({ message: 'Bad Request' }));
    let found;
    try {
      found = match(request.method ?? 'GET', url.pathname);
    } catch (error) {
      if (!(error instanceof MalformedPathError)) throw error;
      return problem(response, { status: 400, title: 'Bad Request', detail: 'The request path is not valid percent-encoded UTF-8.', instance: url.pathname });
    }
    if (!found) return send(response, 404, { 'content-type': 'application/json' }, JSON.stringify({ message: 'Not Found' }));
    if (declaredTooLarge(request)) {
      request.resume();
      return tooLarge(response);
    }
    let claims: Record<string, string> | undefined;
    if (found.route.authorization === 'JWT') {
      const token = bearerToken(request);
      if (!token) return unauthorized(response, url.pathname, 'This route needs an Authorization: Bearer <token> header.');
      try {
        claims = claimsAsApiGatewayPassesThem(await authorizer.verify(token));
      } catch (error) {
        // Like API Gateway's authorizer, tell the caller no more than that; why goes to the local log.
        report(error);
        return unauthorized(response, url.pathname, 'The bearer token is not valid for this API.');
      }
    }
    const body = await readBody(request);
    if (body === undefined) return tooLarge(response);
    const event = httpApiEvent({ request, url, body, match: found, claims });
    writeResult(response, await pool.invoke(found.route.functionLogicalId, event));
  };

  // Every failure in handling one request ends as that request's 500 (or, once its headers
  // are out, a cut connection): nothing a caller sends may stop the gateway.
  const failed = (response: ServerResponse, error: unknown) => {
    report(error);
    if (response.headersSent) return response.destroy();
    try {
      send(response, 500, { 'content-type': 'application/json' }, JSON.stringify({ message: 'Internal Server Error' }));
    } catch (sendError) {
      report(sendError);
      response.destroy();
    }
  };

  return createServer((request, response) => {
    handle(request, response).catch((error: unknown) => failed(response, error));
  });
};
