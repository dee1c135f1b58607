// The library's declarations travel with this module, so every project that compiles it (the console's
// browser tests too) has them.
/// <reference path="./oidc-provider.d.ts" />
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { calculateJwkThumbprint } from 'jose';
import Provider, { type OidcContext } from 'oidc-provider';
import type { Role, SigningKeys } from './dev-issuer.ts';
import { inMemoryAdapter } from './in-memory-adapter.ts';
import { LOCAL_PEOPLE } from './local-people.ts';
import { chosenIdentity, providerErrorPage, signedOutPage, signInPage, signOutPage } from './provider-pages.ts';

/** The console's public client id, locally; in AWS it is the user pool client's generated id. */
export const CONSOLE_CLIENT_ID = 'platform-console';

/** The resource indicator of the platform's API: access tokens for it are JWTs the gateway verifies. */
export const API_RESOURCE = 'urn:selections-platform:api';

const API_SCOPE = 'openid profile';
const TOKEN_TTL_SECONDS = 60 * 60;
const MAX_FORM_BYTES = 16 * 1024;

export interface OpenIdProviderOptions {
  /** The local signing key pair, the one dev tokens are signed with, so one JWKS verifies both. */
  keys: SigningKeys;
  /** 0 (the default) asks the OS for a free port. */
  port?: number;
  clientId?: string;
  /**
   * The console's origins, e.g. `http://localhost:3001`. Each gets `<origin>/auth/callback` as a
   * redirect URI and `<origin>/` as a post-logout redirect URI, and may call the token endpoint
   * from the browser (CORS).
   */
  consoleOrigins?: readonly string[];
  /** Replace the redirect URIs derived from `consoleOrigins`. */
  redirectUris?: readonly string[];
  /** Replace the post-logout redirect URIs derived from `consoleOrigins`. */
  postLogoutRedirectUris?: readonly string[];
  onError?: (error: unknown) => void;
}

export interface RunningOpenIdProvider {
  /** The issuer, which is also the provider's base URL: `http://localhost:<port>`. */
  issuer: string;
  clientId: string;
  redirectUris: readonly string[];
  postLogoutRedirectUris: readonly string[];
  stop(): Promise<void>;
}

interface Account {
  role: Role;
  name: string;
}

interface IssuedToken {
  kind: string;
  accountId: string;
}

const readForm = (request: IncomingMessage): Promise<URLSearchParams> =>
  new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > MAX_FORM_BYTES) reject(new Error('the sign-in form is too large'));
    });
    request.once('end', () => resolve(new URLSearchParams(text)));
    request.once('error', reject);
  });

const html = (response: ServerResponse, status: number, body: string) => {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(body);
};

/**
 * The local stand-in for Cognito's sign-in: an OpenID provider (oidc-provider) on its own
 * loopback origin, as Cognito's domain is apart from the API's and the console's in AWS. It
 * serves discovery, JWKS, authorize (code flow, PKCE S256 required), token and end_session
 * for one public client, and a sign-in page on which you choose a person and a role.
 *
 * Its tokens carry what Cognito's do and the gateway reads: `sub`, `cognito:groups`, `iss`,
 * `aud` (the client id) and, in the access token, `client_id` and `token_use: 'access'`. It
 * signs with the dev issuer's key, so the gateway verifies its tokens and `pnpm --silent token`
 * ones with the same public key.
 *
 * @example
 * const signIn = await startOpenIdProvider({ keys: await signingKeys('.local/keys'), port: 3002, consoleOrigins: ['http://localhost:3001'] });
 * // the console's authority: signIn.issuer, its client id: signIn.clientId
 * await signIn.stop();
 */
export const startOpenIdProvider = async ({
  keys,
  port = 0,
  clientId = CONSOLE_CLIENT_ID,
  consoleOrigins = ['http://localhost:3001'],
  redirectUris = consoleOrigins.map((origin) => `${origin}/auth/callback`),
  postLogoutRedirectUris = consoleOrigins.map((origin) => `${origin}/`),
  onError = (error: unknown) => console.error(error),
}: OpenIdProviderOptions): Promise<RunningOpenIdProvider> => {
  // Who signed in as what: the sign-in page writes it, tokens read it. In memory, as the
  // provider's sessions and grants are, so a restart signs everyone out.
  const accounts = new Map<string, Account>(LOCAL_PEOPLE.map((person) => [person.sub, { role: person.role, name: person.name }]));
  const corsOrigins = new Set([...consoleOrigins, ...redirectUris.map((uri) => new URL(uri).origin)]);
  let handle: (request: IncomingMessage, response: ServerResponse) => void = (_, response) => html(response, 503, 'starting');
  const server = createServer((request, response) => handle(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;

  const signingJwk = { ...keys.privateJwk, alg: 'ES256', use: 'sig', kid: await calculateJwkThumbprint(keys.publicJwk) };
  const provider = new Provider(issuer, {
    adapter: inMemoryAdapter(),
    clients: [
      {
        client_id: clientId,
        client_name: 'Platform console',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: [...redirectUris],
        post_logout_redirect_uris: [...postLogoutRedirectUris],
        id_token_signed_response_alg: 'ES256',
      },
    ],
    jwks: { keys: [signingJwk] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    scopes: ['openid', 'profile'],
    claims: { openid: ['sub', 'cognito:groups', 'cognito:username'], profile: ['name'] },
    // Cognito puts a user's groups in the ID token of a code flow too; oidc-provider would
    // otherwise keep only `sub` there and leave the rest to userinfo.
    conformIdTokenClaims: false,
    findAccount: async (_ctx: unknown, sub: string) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: async () => ({ sub, 'cognito:groups': [account.role], 'cognito:username': sub, name: account.name }),
      };
    },
    extraTokenClaims: async (_ctx: unknown, token: IssuedToken) => {
      if (token.kind !== 'AccessToken') return undefined;
      const account = accounts.get(token.accountId);
      return { 'cognito:groups': account ? [account.role] : [], token_use: 'access', username: token.accountId };
    },
    // A first-party console: like Cognito's managed login, no consent screen after sign-in.
    loadExistingGrant: async (ctx: OidcContext) => {
      const { client, session, result } = ctx.oidc;
      if (!client || !session) return undefined;
      const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      const existing = grantId ? await ctx.oidc.provider.Grant.find(grantId) : undefined;
      if (existing || !session.accountId) return existing;
      const grant = new ctx.oidc.provider.Grant({ accountId: session.accountId, clientId: client.clientId });
      grant.addOIDCScope(API_SCOPE);
      grant.addResourceScope(API_RESOURCE, API_SCOPE);
      await grant.save();
      return grant;
    },
    clientBasedCORS: (_ctx: unknown, origin: string) => corsOrigins.has(origin),
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      // The access token is a JWT for the platform's API, as Cognito's is: oidc-provider only
      // issues JWT access tokens for a resource server, so every request gets the API's.
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => API_RESOURCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx: unknown, resource: string) => {
          if (resource !== API_RESOURCE) throw new Error(`unknown resource ${resource}`);
          return {
            scope: API_SCOPE,
            audience: clientId,
            accessTokenTTL: TOKEN_TTL_SECONDS,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'ES256' } },
          };
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: { body: string }, form: string) => {
          ctx.body = signOutPage(form);
        },
        postLogoutSuccessSource: async (ctx: { body: string }) => {
          ctx.body = signedOutPage();
        },
      },
    },
    renderError: async (ctx: { type: string; body: string }, out: Record<string, unknown>) => {
      ctx.type = 'html';
      ctx.body = providerErrorPage(out);
    },
    ttl: {
      AccessToken: TOKEN_TTL_SECONDS,
      IdToken: TOKEN_TTL_SECONDS,
      AuthorizationCode: 60,
      Interaction: 60 * 60,
      Session: 24 * 60 * 60,
      Grant: 24 * 60 * 60,
    },
  });
  provider.on('server_error', (_ctx, error) => onError(error));

  const providerCallback = provider.callback();
  const interaction = async (request: IncomingMessage, response: ServerResponse, path: string) => {
    const [, , uid, action] = path.split('/');
    const details = await provider.interactionDetails(request, response);
    if (details.uid !== uid) return html(response, 400, providerErrorPage({ error: 'invalid_request', error_description: 'this sign-in has ended; start again' }));
    const loginAction = `/interaction/${encodeURIComponent(details.uid)}/login`;
    if (request.method === 'GET' && action === undefined) return html(response, 200, signInPage({ action: loginAction, clientId: String(details.params.client_id) }));
    if (request.method === 'POST' && action === 'login') {
      const identity = chosenIdentity(await readForm(request));
      if (!identity) {
        const error = 'Choose a person, or type a user id (letters, digits, . _ @ -) and choose a role.';
        return html(response, 400, signInPage({ action: loginAction, clientId: String(details.params.client_id), error }));
      }
      accounts.set(identity.sub, { role: identity.role, name: identity.name });
      return provider.interactionFinished(request, response, { login: { accountId: identity.sub } }, { mergeWithLastSubmission: false });
    }
    return html(response, 405, providerErrorPage({ error: 'invalid_request', error_description: `${request.method} ${path} is not part of the sign-in` }));
  };

  handle = (request, response) => {
    const path = URL.parse(request.url ?? '/', issuer)?.pathname ?? '/';
    if (!path.startsWith('/interaction/')) return providerCallback(request, response);
    interaction(request, response, path).catch((error: unknown) => {
      // An expired or foreign interaction cookie lands here: a page, not a stopped provider.
      onError(error);
      if (!response.headersSent) html(response, 400, providerErrorPage({ error: 'invalid_request', error_description: 'this sign-in has ended or is not yours; start again' }));
      else response.destroy();
    });
  };

  return {
    issuer,
    clientId,
    redirectUris,
    postLogoutRedirectUris,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
