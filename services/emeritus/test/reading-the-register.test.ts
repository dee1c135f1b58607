import './env.ts';
import { describe, expect, it } from '@jest/globals';
import { lambdaContext } from '@platform/kit/testing';
import { getCommitteeHandler } from '../src/handlers/get-committee.ts';
import { getRegisterHandler } from '../src/handlers/get-register.ts';
import { getRetirementHandler } from '../src/handlers/get-retirement.ts';
import { bodyOf, finance, request } from './requests.ts';
import { sampleRegister, storeWith } from './sample-retirements.ts';

const { early, earlyInWales, late, withdrawn } = sampleRegister();
const store = storeWith(late, withdrawn, earlyInWales, early);

describe('GET /emeritus/register', () => {
  const get = (query?: Record<string, string>) => request('GET', '/emeritus/register', query === undefined ? {} : { query });

  it('lists every retirement, in the order announced', async () => {
    // Act
    const response = await getRegisterHandler(store)(get(), lambdaContext());
    // Assess
    expect(response).toStrictEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'corr-1' },
      body: JSON.stringify({ retirements: [withdrawn, early, earlyInWales, late] }),
    });
  });

  it('filters by status and seat', async () => {
    // Act
    const active = await getRegisterHandler(store)(get({ status: 'active' }), lambdaContext());
    const withdrawnInSeat = await getRegisterHandler(store)(get({ status: 'withdrawn', seatId: 'E14001063' }), lambdaContext());
    const wales = await getRegisterHandler(store)(get({ seatId: 'W07000041' }), lambdaContext());
    // Assess
    expect(bodyOf(active)).toStrictEqual(JSON.parse(JSON.stringify({ retirements: [early, earlyInWales, late] })));
    expect(bodyOf(withdrawnInSeat)).toStrictEqual(JSON.parse(JSON.stringify({ retirements: [withdrawn] })));
    expect(bodyOf(wales)).toStrictEqual(JSON.parse(JSON.stringify({ retirements: [earlyInWales] })));
  });

  it('fails with 400 listing every problem with the filters, a misspelt one included', async () => {
    // Act
    const response = await getRegisterHandler(store)(get({ status: 'retired', seatId: 'Aldershot', stauts: 'active' }), lambdaContext());
    // Assess
    expect(bodyOf(response)['errors']).toStrictEqual([
      { path: ['query', 'status'], message: 'Invalid option: expected one of "active"|"withdrawn"' },
      { path: ['query', 'seatId'], message: 'a GSS code is a country letter (E, N, S, W) and eight digits, e.g. E14001063' },
      { path: ['query'], message: 'Unrecognized key: "stauts"' },
    ]);
  });

  it('fails with 403 for a caller who is not HQ staff', async () => {
    const response = await getRegisterHandler(store)(request('GET', '/emeritus/register', { claims: finance }), lambdaContext());
    expect(response.statusCode).toBe(403);
  });
});

describe('GET /emeritus/retirements/{retirementId}', () => {
  const get = (retirementId: string, claims?: Record<string, string>) =>
    request('GET', `/emeritus/retirements/${retirementId}`, {
      routePath: '/emeritus/retirements/{retirementId}',
      pathParameters: { retirementId },
      ...(claims === undefined ? {} : { claims }),
    });

  it('answers with the retirement, withdrawn or not', async () => {
    // Act
    const response = await getRetirementHandler(store)(get(withdrawn.retirementId), lambdaContext());
    // Assess
    expect(response).toStrictEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'corr-1' },
      body: JSON.stringify(withdrawn),
    });
  });

  it('fails with 404 for a retirement that does not exist', async () => {
    const response = await getRetirementHandler(store)(get('9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'), lambdaContext());
    expect(response.statusCode).toBe(404);
  });

  it('fails with 403 for a caller who is not HQ staff', async () => {
    const response = await getRetirementHandler(store)(get(early.retirementId, finance), lambdaContext());
    expect(response.statusCode).toBe(403);
  });
});

describe('GET /emeritus/committee', () => {
  it('lists the MPs whose early announcement stands, each with the day they joined', async () => {
    // Act
    const response = await getCommitteeHandler(store)(request('GET', '/emeritus/committee'), lambdaContext());
    // Assess
    expect(bodyOf(response)).toStrictEqual({
      members: [
        { mpId: 'mp-1', mpName: 'MP mp-1', seatId: 'E14001063', retirementId: early.retirementId, joinedOn: '2028-02-01' },
        { mpId: 'mp-2', mpName: 'MP mp-2', seatId: 'W07000041', retirementId: earlyInWales.retirementId, joinedOn: '2028-03-01' },
      ],
    });
  });

  it('fails with 403 for a caller who is not HQ staff', async () => {
    const response = await getCommitteeHandler(store)(request('GET', '/emeritus/committee', { claims: finance }), lambdaContext());
    expect(response.statusCode).toBe(403);
  });
});
