import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { decodeJwt, importJWK, type CryptoKey } from 'jose';
import { httpGateway } from '../gateway/http-gateway.ts';
import { FunctionPool } from '../runtime/function-pool.ts';
import { devIssuer, LOCAL_AUDIENCE, LOCAL_ISSUER, signingKeys } from './dev-issuer.ts';
import { jwtAuthorizer } from './jwt-authorizer.ts';
import { CONSOLE_CLIENT_ID, startOpenIdProvider, type RunningOpenIdProvider } from './openid-provider.ts';

const CONSOLE_ORIGIN = 'http://localhost:3001';
const REDIRECT_URI = `${CONSOLE_ORIGIN}/auth/callback`;
const modulePath = fileURLToPath(new URL('../../test/fixtures/fixture-handlers.ts', import.meta.url));

/** Just enough of a browser's cookie store to carry oidc-provider's interaction and session cookies. */
class CookieJar {
  readonly #cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      const expired = attributes.some((attribute) => /^\s*expires=.*1970/i.test(attribute));
      if (expired || value === '') this.#cookies.delete(name.trim());
      else this.#cookies.set(name.trim(), value);
    }
  }
  header() {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

const base64url = (bytes: Buffer) => bytes.toString('base64url');

describe('startOpenIdProvider', () => {
  const keyDir = mkdtempSync(join(tmpdir(), 'openid-provider-'));
  const pool = new FunctionPool([
    {
      logicalId: 'Echo',
      modulePath,
      handlerExport: 'echoRequest',
      environment: { AWS_REGION: 'eu-west-2' },
      timeoutSeconds: 5,
      memoryMb: 128,
      arn: 'arn:aws:lambda:eu-west-2:000000000000:function:Echo',
    },
  ]);
  let signIn: RunningOpenIdProvider;
  let gateway: ReturnType<typeof httpGateway>;
  let apiUrl: string;
  let discovery: Record<string, unknown>;

  /** Follows one redirect by hand, so the test sees every hop as a browser would make it. */
  const go = async (jar: CookieJar, url: string, init: RequestInit = {}) => {
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: jar.header() } });
    jar.take(response);
    return response;
  };

  /** authorize → (sign-in page → choose a person) → redirect to the console with a code. */
  const authorize = async (jar: CookieJar, { person, codeChallenge }: { person?: string; codeChallenge: string }) => {
    const query = new URLSearchParams({
      client_id: CONSOLE_CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid profile',
      state: 'state-1',
      code_challenge: codeChallenge,
      code_challenge_method: 'S256',
    });
    let response = await go(jar, `${String(discovery.authorization_endpoint)}?${query}`);
    let page: string | undefined;
    if (person) {
      expect(response.status).toBe(303);
      const interaction = new URL(response.headers.get('location') ?? '', signIn.issuer).href;
      const form = await go(jar, interaction);
      page = await form.text();
      const action = /<form method="post" action="([^"]+)"/.exec(page)?.[1] ?? '';
      const submitted = await go(jar, new URL(action, signIn.issuer).href, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ person }).toString(),
      });
      expect(submitted.status).toBe(303);
      response = await go(jar, new URL(submitted.headers.get('location') ?? '', signIn.issuer).href);
    }
    expect(response.status).toBe(303);
    const callback = new URL(response.headers.get('location') ?? '');
    return { callback, page };
  };

  const exchange = (code: string, extra: Record<string, string>) =>
    fetch(String(discovery.token_endpoint), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: CONSOLE_ORIGIN },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: CONSOLE_CLIENT_ID, ...extra }).toString(),
    });

  beforeAll(async () => {
    const keys = await signingKeys(keyDir);
    signIn = await startOpenIdProvider({ keys, consoleOrigins: [CONSOLE_ORIGIN], onError: () => undefined });
    gateway = httpGateway({
      routes: [{ routeKey: 'GET /me', method: 'GET', path: '/me', functionLogicalId: 'Echo', authorization: 'JWT', requiredScopes: [] }],
      pool,
      authorizer: jwtAuthorizer({
        key: (await importJWK(keys.publicJwk, 'ES256')) as CryptoKey,
        issuers: [LOCAL_ISSUER, signIn.issuer],
        audiences: [LOCAL_AUDIENCE, signIn.clientId],
      }),
      onError: () => undefined,
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    apiUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
    discovery = (await (await fetch(`${signIn.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
  });

  afterAll(async () => {
    await signIn.stop();
    await new Promise<void>((resolve) => {
      gateway.close(() => resolve());
      gateway.closeAllConnections();
    });
    await pool.stop();
  });

  it('publishes discovery for its own origin, with PKCE S256 and the end_session endpoint', () => {
    expect(discovery).toMatchObject({
      issuer: signIn.issuer,
      authorization_endpoint: `${signIn.issuer}/auth`,
      token_endpoint: `${signIn.issuer}/token`,
      jwks_uri: `${signIn.issuer}/jwks`,
      end_session_endpoint: `${signIn.issuer}/session/end`,
      code_challenge_methods_supported: ['S256'],
    });
    expect(signIn.issuer).toMatch(/^http:\/\/localhost:\d+$/);
  });

  it('publishes the dev issuer key in its JWKS, so one key verifies both kinds of token', async () => {
    const { publicJwk } = await signingKeys(keyDir);
    const jwks = (await (await fetch(String(discovery.jwks_uri))).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys.map(({ x, y, crv, alg }) => ({ x, y, crv, alg }))).toStrictEqual([{ x: publicJwk.x, y: publicJwk.y, crv: 'P-256', alg: 'ES256' }]);
  });

  it('runs the code flow with PKCE: sign in as a ready-made person, exchange the code, call a JWT route', async () => {
    // Prepare
    const jar = new CookieJar();
    const codeVerifier = base64url(randomBytes(32));
    const codeChallenge = base64url(createHash('sha256').update(codeVerifier).digest());

    // Act
    const { callback, page } = await authorize(jar, { person: 'fin-1', codeChallenge });
    const tokenResponse = await exchange(callback.searchParams.get('code') ?? '', { code_verifier: codeVerifier });
    const tokens = (await tokenResponse.json()) as Record<string, string | number>;
    const me = await fetch(`${apiUrl}/me`, { headers: { authorization: `Bearer ${String(tokens.access_token)}` } });

    // Assess
    expect(page).toContain('<h1>Sign in to the local platform</h1>');
    expect(page).toContain('Maria Santos, Finance (fin-1)</button>');
    expect([callback.origin + callback.pathname, callback.searchParams.get('state'), callback.searchParams.get('iss')]).toStrictEqual([REDIRECT_URI, 'state-1', signIn.issuer]);
    expect([tokenResponse.status, tokenResponse.headers.get('access-control-allow-origin')]).toStrictEqual([200, CONSOLE_ORIGIN]);
    expect({ token_type: tokens.token_type, expires_in: tokens.expires_in, scope: tokens.scope }).toStrictEqual({ token_type: 'Bearer', expires_in: 3600, scope: 'openid profile' });
    const access = decodeJwt(String(tokens.access_token));
    expect(access).toMatchObject({ iss: signIn.issuer, sub: 'fin-1', aud: CONSOLE_CLIENT_ID, client_id: CONSOLE_CLIENT_ID, 'cognito:groups': ['finance'], token_use: 'access' });
    expect((access.exp ?? 0) - (access.iat ?? 0)).toBe(3600);
    const id = decodeJwt(String(tokens.id_token));
    expect(id).toMatchObject({ iss: signIn.issuer, sub: 'fin-1', aud: CONSOLE_CLIENT_ID, 'cognito:groups': ['finance'], name: 'Maria Santos' });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { claims: Record<string, string> }).claims).toMatchObject({ sub: 'fin-1', 'cognito:groups': '[finance]', client_id: CONSOLE_CLIENT_ID });
  });

  it('signs in someone typed in, with the role chosen', async () => {
    const jar = new CookieJar();
    const codeVerifier = base64url(randomBytes(32));
    const query = new URLSearchParams({
      client_id: CONSOLE_CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid',
      code_challenge: base64url(createHash('sha256').update(codeVerifier).digest()),
      code_challenge_method: 'S256',
    });
    const started = await go(jar, `${String(discovery.authorization_endpoint)}?${query}`);
    const interaction = new URL(started.headers.get('location') ?? '', signIn.issuer).href;
    const submitted = await go(jar, `${interaction}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'sub=cand-42&role=candidate',
    });
    const callback = new URL((await go(jar, new URL(submitted.headers.get('location') ?? '', signIn.issuer).href)).headers.get('location') ?? '');
    const tokens = (await (await exchange(callback.searchParams.get('code') ?? '', { code_verifier: codeVerifier })).json()) as { access_token: string };
    expect(decodeJwt(tokens.access_token)).toMatchObject({ sub: 'cand-42', 'cognito:groups': ['candidate'] });
  });

  it('fails a sign-in form that names nobody with the page again and a message', async () => {
    const jar = new CookieJar();
    const query = new URLSearchParams({
      client_id: CONSOLE_CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid',
      code_challenge: base64url(createHash('sha256').update('v').digest()),
      code_challenge_method: 'S256',
    });
    const started = await go(jar, `${String(discovery.authorization_endpoint)}?${query}`);
    const interaction = new URL(started.headers.get('location') ?? '', signIn.issuer).href;
    const submitted = await go(jar, `${interaction}/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'sub=&role=finance' });
    expect([submitted.status, /role="alert">([^<]+)</.exec(await submitted.text())?.[1]]).toStrictEqual([
      400,
      'Choose a person, or type a user id (letters, digits, . _ @ -) and choose a role.',
    ]);
  });

  it('fails a token request without the code_verifier', async () => {
    const jar = new CookieJar();
    const codeVerifier = base64url(randomBytes(32));
    const { callback } = await authorize(jar, { person: 'staff-1', codeChallenge: base64url(createHash('sha256').update(codeVerifier).digest()) });
    const response = await exchange(callback.searchParams.get('code') ?? '', {});
    expect([response.status, await response.json()]).toStrictEqual([400, { error: 'invalid_grant', error_description: 'grant request is invalid' }]);
  });

  it('fails an authorization request without a code_challenge', async () => {
    const query = new URLSearchParams({ client_id: CONSOLE_CLIENT_ID, redirect_uri: REDIRECT_URI, response_type: 'code', scope: 'openid' });
    const response = await fetch(`${String(discovery.authorization_endpoint)}?${query}`, { redirect: 'manual' });
    const callback = new URL(response.headers.get('location') ?? '');
    expect([response.status, callback.searchParams.get('error'), callback.searchParams.get('error_description')]).toStrictEqual([
      303,
      'invalid_request',
      'Authorization Server policy requires PKCE to be used for this request',
    ]);
  });

  it('keeps the gateway verifying dev tokens beside the provider ones', async () => {
    const token = await (await devIssuer(keyDir)).sign({ sub: 'staff-1', roles: ['hq-staff'] });
    const me = await fetch(`${apiUrl}/me`, { headers: { authorization: `Bearer ${token}` } });
    expect([me.status, ((await me.json()) as { claims: Record<string, string> }).claims.sub]).toStrictEqual([200, 'staff-1']);
  });

  it('signs out at end_session and sends the browser back to the console', async () => {
    const jar = new CookieJar();
    const codeVerifier = base64url(randomBytes(32));
    const { callback } = await authorize(jar, { person: 'cand-1', codeChallenge: base64url(createHash('sha256').update(codeVerifier).digest()) });
    const tokens = (await (await exchange(callback.searchParams.get('code') ?? '', { code_verifier: codeVerifier })).json()) as { id_token: string };
    const query = new URLSearchParams({ id_token_hint: tokens.id_token, post_logout_redirect_uri: `${CONSOLE_ORIGIN}/` });
    const confirm = await go(jar, `${String(discovery.end_session_endpoint)}?${query}`);
    const page = await confirm.text();
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)"/.exec(page)?.[1] ?? '';
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const done = await go(jar, new URL(action, signIn.issuer).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
    });
    expect([confirm.status, page.includes('<h1>Sign out of the local platform?</h1>'), done.status, done.headers.get('location')]).toStrictEqual([
      200,
      true,
      303,
      `${CONSOLE_ORIGIN}/`,
    ]);
  });
});
