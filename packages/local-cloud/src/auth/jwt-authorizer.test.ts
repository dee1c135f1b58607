import { beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { TokenRejectedError } from '../errors.ts';
import { jwtAuthorizer } from './jwt-authorizer.ts';

const NOW = new Date('2026-03-01T12:00:00Z');
const nowSeconds = NOW.getTime() / 1_000;
const ISSUER = 'https://issuer.test';
const AUDIENCE = 'console';

describe('jwtAuthorizer', () => {
  let privateKey: CryptoKey;
  let authorizer: ReturnType<typeof jwtAuthorizer>;
  beforeAll(async () => {
    const keys = await generateKeyPair('ES256');
    privateKey = keys.privateKey;
    authorizer = jwtAuthorizer({ key: keys.publicKey, issuers: [ISSUER, 'https://other-issuer.test'], audiences: [AUDIENCE], now: () => NOW });
  });
  const tokenWith = (claims: JWTPayload) => new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);
  const valid = { iss: ISSUER, aud: AUDIENCE, sub: 'fin-1', iat: nowSeconds - 10, exp: nowSeconds + 3_600 };
  const rejection = async (claims: JWTPayload) => {
    const error = await authorizer.verify(await tokenWith(claims)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenRejectedError);
    return (error as TokenRejectedError).reason;
  };

  it('accepts a token from a trusted issuer for one of the audiences', async () => {
    await expect(authorizer.verify(await tokenWith(valid))).resolves.toStrictEqual(valid);
  });

  it('accepts an access token that names its client in client_id and has no aud, as Cognito issues them', async () => {
    const { aud: _aud, ...withoutAud } = valid;
    const accessToken = { ...withoutAud, client_id: AUDIENCE, token_use: 'access' };
    await expect(authorizer.verify(await tokenWith(accessToken))).resolves.toStrictEqual(accessToken);
  });

  it('accepts an iat up to the clock skew ahead, since clocks drift', async () => {
    await expect(authorizer.verify(await tokenWith({ ...valid, iat: nowSeconds + 59 }))).resolves.toMatchObject({ sub: 'fin-1' });
  });

  it('fails on a token without exp', async () => {
    const { exp: _exp, ...withoutExp } = valid;
    await expect(rejection(withoutExp)).resolves.toBe('ERR_JWT_CLAIM_VALIDATION_FAILED: missing required "exp" claim');
  });

  it('fails on a token issued a year ahead', async () => {
    await expect(rejection({ ...valid, iat: nowSeconds + 365 * 86_400, exp: nowSeconds + 366 * 86_400 })).resolves.toBe(
      `"iat" ${nowSeconds + 365 * 86_400} is in the future`,
    );
  });

  it('fails on a token not valid before a minute and more from now', async () => {
    await expect(rejection({ ...valid, nbf: nowSeconds + 61 })).resolves.toBe('ERR_JWT_CLAIM_VALIDATION_FAILED: "nbf" claim timestamp check failed');
  });

  it('fails on a token that expired more than the clock skew ago', async () => {
    await expect(rejection({ ...valid, exp: nowSeconds - 61 })).resolves.toBe('ERR_JWT_EXPIRED: "exp" claim timestamp check failed');
  });

  it('fails on a token from another issuer', async () => {
    await expect(rejection({ ...valid, iss: 'https://elsewhere.test' })).resolves.toBe('ERR_JWT_CLAIM_VALIDATION_FAILED: unexpected "iss" claim value');
  });

  it('fails on a token for another audience, even when its client_id is one of ours', async () => {
    await expect(rejection({ ...valid, aud: 'another-app', client_id: AUDIENCE })).resolves.toBe('neither "aud" nor "client_id" is one of console');
  });

  it('fails on a token signed by another key', async () => {
    const stranger = await generateKeyPair('ES256');
    const token = await new SignJWT(valid).setProtectedHeader({ alg: 'ES256' }).sign(stranger.privateKey);
    await expect(authorizer.verify(token)).rejects.toMatchObject({ name: 'TokenRejectedError', reason: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED: signature verification failed' });
  });
});
