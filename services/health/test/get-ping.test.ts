import './env.ts';
import { describe, expect, it } from '@jest/globals';
import { httpEvent, lambdaContext } from '@platform/kit/testing';
import { getPingHandler } from '../src/handlers/get-ping.ts';
import { InMemoryPingStore } from './in-memory-ping-store.ts';

const PING_ID = '5b3c1a8e-2f4d-4c6b-9a7e-8d1f0e2c3b4a';

const OWNER = { sub: 'user-1', 'cognito:groups': '[finance]' };

const get = (pingId: string, claims: Record<string, string> = OWNER) =>
  httpEvent({
    path: `/health/pings/${pingId}`,
    routePath: '/health/pings/{pingId}',
    pathParameters: { pingId },
    headers: { 'x-correlation-id': 'corr-1' },
    claims,
  });

const PING = {
  pingId: PING_ID,
  message: 'hello',
  recordedBy: 'user-1',
  recordedAt: '2026-05-01T10:00:00.000Z',
  receivedAt: '2026-05-01T10:00:02.000Z',
};

const notFound = {
  statusCode: 404,
  headers: { 'content-type': 'application/problem+json', 'x-correlation-id': 'corr-1' },
  body: JSON.stringify({
    type: 'about:blank',
    title: 'Not Found',
    status: 404,
    detail: `there is no ping ${PING_ID}`,
    instance: `/health/pings/${PING_ID}`,
  }),
};

describe('GET /health/pings/{pingId}', () => {
  it.each([
    ['the caller who recorded it', OWNER],
    ['HQ staff, who may read any ping', { sub: 'staff-9', 'cognito:groups': '[hq-staff]' }],
  ])('answers %s with the ping, received or not', async (_who, claims) => {
    // Prepare
    const pings = new InMemoryPingStore();
    pings.pings.set(PING_ID, { ...PING });
    // Act
    const response = await getPingHandler(pings)(get(PING_ID, claims), lambdaContext());
    // Assess
    expect(response).toStrictEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'corr-1' },
      body: JSON.stringify(PING),
    });
  });

  it.each([
    ['a candidate', { sub: 'cand-1', 'cognito:groups': '[candidate]' }],
    ['another finance user', { sub: 'fin-2', 'cognito:groups': '[finance]' }],
  ])("fails with 404 for a ping another caller recorded, read by %s, as for one that does not exist (defect 12)", async (_who, claims) => {
    // Prepare
    const pings = new InMemoryPingStore();
    pings.pings.set(PING_ID, { ...PING });
    // Act
    const response = await getPingHandler(pings)(get(PING_ID, claims), lambdaContext());
    // Assess
    expect(response).toStrictEqual(notFound);
  });

  it('fails with 404 for a ping that does not exist', async () => {
    // Act
    const response = await getPingHandler(new InMemoryPingStore())(get(PING_ID), lambdaContext());
    // Assess
    expect(response).toStrictEqual({
      statusCode: 404,
      headers: { 'content-type': 'application/problem+json', 'x-correlation-id': 'corr-1' },
      body: JSON.stringify({
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: `there is no ping ${PING_ID}`,
        instance: `/health/pings/${PING_ID}`,
      }),
    });
  });

  it('fails with 400 for an id that is not a UUID', async () => {
    // Act
    const response = await getPingHandler(new InMemoryPingStore())(get('ping-1'), lambdaContext());
    // Assess
    expect(response).toStrictEqual({
      statusCode: 400,
      headers: { 'content-type': 'application/problem+json', 'x-correlation-id': 'corr-1' },
      body: JSON.stringify({
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'the request path is invalid: path.pingId: Invalid UUID',
        instance: '/health/pings/ping-1',
        errors: [{ path: ['path', 'pingId'], message: 'Invalid UUID' }],
      }),
    });
  });
});
