import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { importJWK, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { devIssuer, LOCAL_AUDIENCE, LOCAL_ISSUER, signingKeys, type DevIssuer } from '../auth/dev-issuer.ts';
import { FunctionPool, type LocalFunction } from '../runtime/function-pool.ts';
import type { RouteWiring } from '../wiring/wiring.ts';
import { httpGateway } from './http-gateway.ts';

const modulePath = fileURLToPath(new URL('../../test/fixtures/fixture-handlers.ts', import.meta.url));
const fn = (logicalId: string, handlerExport: string): LocalFunction => ({
  logicalId,
  modulePath,
  handlerExport,
  environment: { AWS_REGION: 'eu-west-2' },
  timeoutSeconds: 5,
  memoryMb: 128,
  arn: `arn:aws:lambda:eu-west-2:000000000000:function:${logicalId}`,
});
const route = (routeKey: string, functionLogicalId: string, authorization: 'NONE' | 'JWT' = 'NONE'): RouteWiring => {
  const [method = '', path = ''] = routeKey.split(' ');
  return { routeKey, method, path, functionLogicalId, authorization, requiredScopes: [] };
};

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A raw request, so a test can send what `fetch` would refuse or tidy up: odd paths, Host headers, sockets kept alive. */
const send = (
  base: string,
  { method = 'GET', path, headers = {}, body, agent }: { method?: string; path: string; headers?: Record<string, string>; body?: Buffer; agent?: Agent },
): Promise<Reply> =>
  new Promise((resolve, reject) => {
    const outgoing = httpRequest(`${base}${path}`, { method, headers, agent: agent ?? false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    // The server may answer an oversized upload and close before the client has sent it all.
    outgoing.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? undefined : reject(error)));
    outgoing.end(body);
  });

describe('httpGateway', () => {
  const pool = new FunctionPool([fn('Echo', 'echoRequest'), fn('Failing', 'fail'), fn('InvalidHeader', 'invalidHeader')]);
  const keyDir = mkdtempSync(join(tmpdir(), 'http-gateway-'));
  const reported: unknown[] = [];
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  let issuer: DevIssuer;
  let privateKey: CryptoKey;
  let base: string;
  let server: ReturnType<typeof httpGateway>;

  const signed = (claims: JWTPayload) => new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);
  const stillServing = async () => expect((await send(base, { path: '/things/ok' })).status).toBe(200);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    issuer = await devIssuer(keyDir);
    privateKey = (await importJWK((await signingKeys(keyDir)).privateJwk, 'ES256')) as CryptoKey;
    server = httpGateway({
      routes: [
        route('GET /things/{thingId}', 'Echo'),
        route('GET /fund/donations/{donationId}', 'Echo', 'JWT'),
        route('POST /uploads', 'Echo'),
        route('GET /failing', 'Failing'),
        route('GET /invalid-header', 'InvalidHeader'),
      ],
      pool,
      authorizer: issuer,
      cors: {
        allowOrigins: ['http://localhost:3001'],
        allowHeaders: ['authorization', 'content-type', 'x-correlation-id'],
        allowMethods: ['GET', 'POST'],
        exposeHeaders: ['x-correlation-id', 'location'],
        allowCredentials: false,
        maxAgeSeconds: 600,
      },
      onError: (error) => reported.push(error),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await pool.stop();
  });

  it('passes decoded path parameters to the function', async () => {
    const reply = await send(base, { path: '/things/a%20b' });
    expect([reply.status, JSON.parse(reply.body)]).toStrictEqual([200, { pathParameters: { thingId: 'a b' }, claims: null, bodyLength: 0 }]);
  });

  describe('defect 1: a malformed percent-encoding in a path parameter', () => {
    it.each(['%ZZ', '%ED%A0%80', '%C0%AF', '%E2%82'])('fails %s with a 400 problem and keeps serving', async (parameter) => {
      const reply = await send(base, { path: `/things/${parameter}` });
      expect([reply.status, reply.headers['content-type'], JSON.parse(reply.body)]).toStrictEqual([
        400,
        'application/problem+json',
        { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'The request path is not valid percent-encoded UTF-8.', instance: `/things/${parameter}` },
      ]);
      await stillServing();
    });

    it('fails a malformed parameter on a JWT route with a 400 before asking for a token', async () => {
      const reply = await send(base, { path: '/fund/donations/%ZZ' });
      expect(reply.status).toBe(400);
      await stillServing();
    });

    it('fails a Host header that cannot form a URL with a 400 and keeps serving', async () => {
      const reply = await send(base, { path: '/things/1', headers: { host: 'a b' } });
      expect([reply.status, reply.body]).toStrictEqual([400, '{"message":"Bad Request"}']);
      await stillServing();
    });

    it('answers a function that throws with a 500 and keeps serving', async () => {
      const reply = await send(base, { path: '/failing' });
      expect([reply.status, reply.body]).toStrictEqual([500, '{"message":"Internal Server Error"}']);
      await stillServing();
    });

    it('answers a function result Node cannot write with a 500 and keeps serving', async () => {
      const reply = await send(base, { path: '/invalid-header' });
      expect([reply.status, reply.body]).toStrictEqual([500, '{"message":"Internal Server Error"}']);
      expect(reported.some((error) => (error as NodeJS.ErrnoException).code === 'ERR_INVALID_CHAR')).toBe(true);
      await stillServing();
    });

    it('leaves no unhandled rejection behind from any of those requests', () => {
      expect(unhandled).toStrictEqual([]);
    });
  });

  describe('defect 10: the JWT authorizer', () => {
    const UNAUTHORIZED = {
      type: 'about:blank',
      title: 'Unauthorized',
      status: 401,
      detail: 'The bearer token is not valid for this API.',
      instance: '/fund/donations/d-1',
    };
    const withToken = async (token: string) => {
      const reply = await send(base, { path: '/fund/donations/d-1', headers: { authorization: `Bearer ${token}` } });
      return [reply.status, JSON.parse(reply.body)];
    };
    const now = () => Math.floor(Date.now() / 1_000);

    it('passes the claims of a valid dev token to the function, as API Gateway renders them', async () => {
      const [status, body] = await withToken(await issuer.sign({ sub: 'fin-1', roles: ['finance'] }));
      expect([status, body.claims.sub, body.claims['cognito:groups']]).toStrictEqual([200, 'fin-1', '[finance]']);
    });

    it('fails a token without exp with a plain 401', async () => {
      const token = await signed({ iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE, sub: 'fin-1', iat: now() });
      await expect(withToken(token)).resolves.toStrictEqual([401, UNAUTHORIZED]);
    });

    it('fails a token issued a year ahead with a plain 401', async () => {
      const token = await signed({ iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE, sub: 'fin-1', iat: now() + 365 * 86_400, exp: now() + 366 * 86_400 });
      await expect(withToken(token)).resolves.toStrictEqual([401, UNAUTHORIZED]);
    });

    it('fails a token that is not a JWT with the same 401, echoing nothing of the library', async () => {
      await expect(withToken('not-a-jwt')).resolves.toStrictEqual([401, UNAUTHORIZED]);
    });
  });

  describe('defect 11: a body over the 10 MB payload limit', () => {
    const oversized = Buffer.alloc(10 * 1024 * 1024 + 1, 0x61);

    it.each([
      ['with a content-length', {}],
      ['sent in chunks', { 'transfer-encoding': 'chunked' }],
    ])('fails with a 413 that closes the connection, and the next request on a keep-alive agent succeeds (%s)', async (_, headers) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      try {
        const tooLarge = await send(base, { method: 'POST', path: '/uploads', headers, body: oversized, agent });
        expect([tooLarge.status, tooLarge.headers.connection, tooLarge.body]).toStrictEqual([413, 'close', '{"message":"Request Entity Too Large"}']);
        const next = await send(base, { method: 'POST', path: '/uploads', headers: { 'content-type': 'text/plain' }, body: Buffer.from('small'), agent });
        expect([next.status, JSON.parse(next.body).bodyLength]).toStrictEqual([200, 5]);
      } finally {
        agent.destroy();
      }
    });
  });

  describe("CORS, as the API's policy declares it", () => {
    it('answers a preflight from the console itself, without invoking a route', async () => {
      const reply = await send(base, {
        method: 'OPTIONS',
        path: '/fund/donations/d-1',
        headers: { origin: 'http://localhost:3001', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
      });
      expect([reply.status, reply.headers['access-control-allow-origin'], reply.headers['access-control-allow-methods'], reply.headers['access-control-allow-headers'], reply.headers['access-control-max-age']]).toStrictEqual([
        204,
        'http://localhost:3001',
        'GET,POST',
        'authorization,content-type,x-correlation-id',
        '600',
      ]);
    });

    it("puts the console's origin and the exposed headers on every answer, a 401 included", async () => {
      const reply = await send(base, { path: '/fund/donations/d-1', headers: { origin: 'http://localhost:3001' } });
      expect([reply.status, reply.headers['access-control-allow-origin'], reply.headers['access-control-expose-headers']]).toStrictEqual([401, 'http://localhost:3001', 'x-correlation-id,location']);
    });

    it('allows no other origin', async () => {
      const preflight = await send(base, { method: 'OPTIONS', path: '/things/a', headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' } });
      const reply = await send(base, { path: '/things/a', headers: { origin: 'https://evil.example' } });
      expect([preflight.status, preflight.headers['access-control-allow-origin'], reply.status, reply.headers['access-control-allow-origin']]).toStrictEqual([204, undefined, 200, undefined]);
    });
  });
});
