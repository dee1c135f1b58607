import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import { jwtAuthorizer, type TokenVerifier } from './jwt-authorizer.ts';

/** The issuer and audience the local gateway's JWT authorizer accepts, standing in for Cognito's. */
export const LOCAL_ISSUER = 'https://local-issuer.selections-platform.invalid';
export const LOCAL_AUDIENCE = 'local-dev-client';
const ALGORITHM = 'ES256';

export const ROLES = ['hq-staff', 'finance', 'candidate'] as const;
export type Role = (typeof ROLES)[number];

export interface DevIssuer extends TokenVerifier {
  sign(claims: { sub: string; roles: readonly Role[]; expiresIn?: string }): Promise<string>;
}

/** The local signing key pair, as JWKs: one key for dev tokens and the local OpenID provider. */
export interface SigningKeys {
  privateJwk: JWK;
  publicJwk: JWK;
}

/**
 * Reads the local ES256 signing key pair from `keyDir`, creating it on first use. It outlives
 * `--fresh`, so tokens issued before a restart keep working.
 *
 * @example
 * const { publicJwk } = await signingKeys('.local/keys');
 */
export const signingKeys = async (keyDir: string): Promise<SigningKeys> => {
  const file = join(keyDir, 'dev-issuer.jwk.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { privateJwk: JWK; publicJwk: JWK };
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const keys = { privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) };
  mkdirSync(keyDir, { recursive: true });
  writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  return keys;
};

/**
 * The local stand-in for Cognito: signs dev tokens with a key kept under `.local/keys`, and
 * verifies them as API Gateway's JWT authorizer would (see `jwtAuthorizer`).
 * Roles travel in `cognito:groups`, as Cognito puts a user's groups.
 *
 * @example
 * const issuer = await devIssuer('.local/keys');
 * const token = await issuer.sign({ sub: 'staff-1', roles: ['hq-staff'] });
 */
export const devIssuer = async (keyDir: string): Promise<DevIssuer> => {
  const { privateJwk, publicJwk } = await signingKeys(keyDir);
  const privateKey = (await importJWK(privateJwk, ALGORITHM)) as CryptoKey;
  const publicKey = (await importJWK(publicJwk, ALGORITHM)) as CryptoKey;
  return {
    sign: ({ sub, roles, expiresIn = '12h' }) =>
      new SignJWT({ 'cognito:groups': [...roles], token_use: 'id', 'cognito:username': sub })
        .setProtectedHeader({ alg: ALGORITHM })
        .setSubject(sub)
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(privateKey),
    verify: jwtAuthorizer({ key: publicKey, issuers: [LOCAL_ISSUER], audiences: [LOCAL_AUDIENCE] }).verify,
  };
};

/**
 * Renders verified claims as API Gateway HTTP API hands them to a Lambda function: every
 * value a string, arrays as `[a b]`.
 *
 * @example
 * claimsAsApiGatewayPassesThem({ sub: 'u1', 'cognito:groups': ['finance'], exp: 1 })
 * // { sub: 'u1', 'cognito:groups': '[finance]', exp: '1' }
 */
export const claimsAsApiGatewayPassesThem = (payload: JWTPayload): Record<string, string> =>
  Object.fromEntries(
    Object.entries(payload).map(([name, value]) => [
      name,
      Array.isArray(value) ? `[${value.join(' ')}]` : typeof value === 'object' ? JSON.stringify(value) : String(value),
    ]),
  );
