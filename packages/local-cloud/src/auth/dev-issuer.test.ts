import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { TokenRejectedError } from '../errors.ts';
import { claimsAsApiGatewayPassesThem, devIssuer, LOCAL_AUDIENCE, LOCAL_ISSUER } from './dev-issuer.ts';

describe('devIssuer', () => {
  const keyDir = mkdtempSync(join(tmpdir(), 'dev-issuer-'));

  it('verifies the tokens it signs, with roles as Cognito groups', async () => {
    const issuer = await devIssuer(keyDir);
    const payload = await issuer.verify(await issuer.sign({ sub: 'fin-1', roles: ['finance'] }));
    expect(payload).toMatchObject({ sub: 'fin-1', 'cognito:groups': ['finance'], iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE });
  });

  it('keeps its key, so a token outlives a restart', async () => {
    const token = await (await devIssuer(keyDir)).sign({ sub: 'u', roles: ['candidate'] });
    await expect((await devIssuer(keyDir)).verify(token)).resolves.toMatchObject({ sub: 'u' });
  });

  it('fails on a token signed by another key', async () => {
    const stranger = await devIssuer(mkdtempSync(join(tmpdir(), 'dev-issuer-other-')));
    const token = await stranger.sign({ sub: 'u', roles: ['finance'] });
    await expect((await devIssuer(keyDir)).verify(token)).rejects.toMatchObject({ name: 'TokenRejectedError', reason: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED: signature verification failed' });
  });

  it('fails on a token expired for longer than the clock skew', async () => {
    const issuer = await devIssuer(keyDir);
    const token = await issuer.sign({ sub: 'u', roles: ['finance'], expiresIn: '-2m' });
    await expect(issuer.verify(token)).rejects.toMatchObject({ name: 'TokenRejectedError', reason: 'ERR_JWT_EXPIRED: "exp" claim timestamp check failed' });
  });
});

describe('claimsAsApiGatewayPassesThem', () => {
  it('renders every claim as a string and arrays as [a b]', () => {
    expect(claimsAsApiGatewayPassesThem({ sub: 'u1', 'cognito:groups': ['hq-staff', 'finance'], exp: 17 })).toStrictEqual({
      sub: 'u1',
      'cognito:groups': '[hq-staff finance]',
      exp: '17',
    });
  });
});
