import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { DevIssuer } from '../auth/dev-issuer.ts';
import { claimsAsApiGatewayPassesThem } from '../auth/dev-issuer.ts';
import type { FunctionPool } from '../runtime/function-pool.ts';
import type { RouteWiring } from '../wiring/wiring.ts';
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

const unauthorized = (response: ServerResponse, instance: string, detail: string) =>
  send(
    response,
    401,
    { 'content-type': 'application/problem+json', 'www-authenticate': 'Bearer' },
    JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401, detail, instance }),
  );

const readBody = async (request: IncomingMessage): Promise<Buffer | undefined> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_PAYLOAD_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
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
  issuer,
  onError = (error: unknown) => console.error(error),
}: {
  routes: RouteWiring[];
  pool: FunctionPool;
  issuer: DevIssuer;
  onError?: (error: unknown) => void;
}): Server => {
  const match = routeMatcher(routes);
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
    const found = match(request.method ?? 'GET', url.pathname);
    if (!found) return send(response, 404, { 'content-type': 'application/json' }, JSON.stringify({ message: 'Not Found' }));
    let claims: Record<string, string> | undefined;
    if (found.route.authorization === 'JWT') {
      const token = bearerToken(request);
      if (!token) return unauthorized(response, url.pathname, 'This route needs an Authorization: Bearer <token> header.');
      try {
        claims = claimsAsApiGatewayPassesThem(await issuer.verify(token));
      } catch (error) {
        return unauthorized(response, url.pathname, `The bearer token was rejected: ${(error as Error).message}.`);
      }
    }
    const body = await readBody(request);
    if (body === undefined) return send(response, 413, { 'content-type': 'application/json' }, JSON.stringify({ message: 'Request Entity Too Large' }));
    try {
      const event = httpApiEvent({ request, url, body, match: found, claims });
      writeResult(response, await pool.invoke(found.route.functionLogicalId, event));
    } catch (error) {
      onError(error);
      send(response, 500, { 'content-type': 'application/json' }, JSON.stringify({ message: 'Internal Server Error' }));
    }
  });
};
