import './env.ts';
import { describe, expect, it } from '@jest/globals';
import { httpEvent, lambdaContext } from '@platform/kit/testing';
import { getPingHandler } from '../src/handlers/get-ping.ts';
import { InMemoryPingStore } from './in-memory-ping-store.ts';

const PING_ID = '5b3c1a8e-2f4d-4c6b-9a7e-8d1f0e2c3b4a';

const get = (pingId: string) =>
  httpEvent({
    path: `/health/pings/${pingId}`,
    routePath: '/health/pings/{pingId}',
    pathParameters: { pingId },
    headers: { 'x-correlation-id': 'corr-1' },
    claims: { sub: 'user-2', 'cognito:groups': '[finance]' },
  });

describe('GET /health/pings/{pingId}', () => {
  it('answers with the ping, received or not', async () => {
    // Prepare
    const pings = new InMemoryPingStore();
    const ping = {
      pingId: PING_ID,
      message: 'hello',
      recordedBy: 'user-1',
      recordedAt: '2026-05-01T10:00:00.000Z',
      receivedAt: '2026-05-01T10:00:02.000Z',
    };
    pings.pings.set(PING_ID, ping);
    // Act
    const response = await getPingHandler(pings)(get(PING_ID), lambdaContext());
    // Assess
    expect(response).toStrictEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'corr-1' },
      body: JSON.stringify(ping),
    });
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
