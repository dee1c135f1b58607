import './env.ts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { httpEvent, lambdaContext } from '@platform/kit/testing';
import { recordPingHandler } from '../src/handlers/record-ping.ts';
import { InMemoryPingStore } from './in-memory-ping-store.ts';

const candidate = { sub: 'user-1', 'cognito:groups': '[candidate]' };

const post = (body: unknown, claims: Record<string, string> | null = candidate) =>
  httpEvent({
    method: 'POST',
    path: '/health/pings',
    json: body,
    headers: { 'x-correlation-id': 'corr-1' },
    ...(claims === null ? {} : { claims }),
  });

const problemOf = (response: { body?: string }) => JSON.parse(response.body ?? '{}') as Record<string, unknown>;

describe('POST /health/pings', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-05-01T10:00:00.000Z') });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('records the ping with its event, and answers 202 with the ping', async () => {
    // Prepare
    const pings = new InMemoryPingStore();
    // Act
    const response = await recordPingHandler(pings)(post({ message: 'hello' }), lambdaContext());
    // Assess
    const ping = JSON.parse(response.body ?? '{}') as { pingId: string };
    const expected = { pingId: ping.pingId, message: 'hello', recordedBy: 'user-1', recordedAt: '2026-05-01T10:00:00.000Z' };
    expect(response).toStrictEqual({
      statusCode: 202,
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'corr-1' },
      body: JSON.stringify(expected),
    });
    expect([...pings.pings.values()]).toStrictEqual([expected]);
    expect(pings.outbox).toStrictEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        type: 'health.ping-recorded',
        version: 1,
        occurredAt: '2026-05-01T10:00:00.000Z',
        source: 'health',
        correlationId: 'corr-1',
        data: { pingId: ping.pingId, message: 'hello', recordedBy: 'user-1' },
      },
    ]);
  });

  it.each([
    ['an empty message', { message: '' }, 'Too small: expected string to have >=1 characters'],
    ['a message over 200 characters', { message: 'a'.repeat(201) }, 'Too big: expected string to have <=200 characters'],
    ['no message', {}, 'Invalid input: expected string, received undefined'],
  ])('fails with 400 on %s, recording nothing', async (_what, body, message) => {
    // Prepare
    const pings = new InMemoryPingStore();
    // Act
    const response = await recordPingHandler(pings)(post(body), lambdaContext());
    // Assess
    expect(response.statusCode).toBe(400);
    expect(problemOf(response).errors).toStrictEqual([{ path: ['body', 'message'], message }]);
    expect(pings.pings.size).toBe(0);
    expect(pings.outbox).toStrictEqual([]);
  });

  it('fails with 401 without a caller, recording nothing', async () => {
    // Prepare
    const pings = new InMemoryPingStore();
    // Act
    const response = await recordPingHandler(pings)(post({ message: 'hello' }, null), lambdaContext());
    // Assess
    expect(response.statusCode).toBe(401);
    expect(pings.pings.size).toBe(0);
    expect(pings.outbox).toStrictEqual([]);
  });

  it('fails with 403 for a caller holding no platform role', async () => {
    // Prepare
    const pings = new InMemoryPingStore();
    // Act
    const response = await recordPingHandler(pings)(post({ message: 'hello' }, { sub: 'user-2' }), lambdaContext());
    // Assess
    expect(response.statusCode).toBe(403);
    expect(problemOf(response).detail).toBe(
      'this action needs one of the roles hq-staff, finance, candidate; the caller holds no role',
    );
    expect(pings.pings.size).toBe(0);
    expect(pings.outbox).toStrictEqual([]);
  });
});
