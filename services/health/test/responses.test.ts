import './env.ts';
import { describe, expect, it } from '@jest/globals';
import { conformance, conforming, httpEvent, lambdaContext } from '@platform/kit/testing';
import { getHealth, getOpenApiDocument, getPing, recordPing } from '../src/api/index.ts';
import { handler as getHealthHandler } from '../src/handlers/get-health.ts';
import { handler as getOpenApiDocumentHandler } from '../src/handlers/get-openapi-document.ts';
import { getPingHandler } from '../src/handlers/get-ping.ts';
import { recordPingHandler } from '../src/handlers/record-ping.ts';
import { InMemoryPingStore } from './in-memory-ping-store.ts';

// The real handlers' answers, checked against what the contracts document for each status: a field a
// handler adds, drops or renames without its response schema fails here.
const staff = { sub: 'staff-1', 'cognito:groups': '[hq-staff]' };

describe('the health routes answer as their contracts document', () => {
  it('GET /health: 200 with the health status', async () => {
    // Act
    const response = await getHealthHandler(httpEvent({ path: '/health' }), lambdaContext());
    // Assess
    expect(conformance(getHealth, response)).toStrictEqual(conforming(200));
  });

  it('POST /health/pings then GET /health/pings/{pingId}: 202 and 200 with the ping, received or not', async () => {
    // Prepare
    const pings = new InMemoryPingStore();
    // Act
    const recorded = await recordPingHandler(pings)(httpEvent({ method: 'POST', path: '/health/pings', json: { message: 'hello' }, claims: staff }), lambdaContext());
    const { pingId } = JSON.parse(recorded.body ?? '{}') as { pingId: string };
    const read = () =>
      getPingHandler(pings)(httpEvent({ path: `/health/pings/${pingId}`, routePath: '/health/pings/{pingId}', pathParameters: { pingId }, claims: staff }), lambdaContext());
    const unreceived = await read();
    pings.pings.set(pingId, { ...pings.pings.get(pingId)!, receivedAt: '2026-05-01T10:00:02.000Z' });
    const received = await read();
    // Assess
    expect([recorded, unreceived, received].map((response, index) => conformance(index === 0 ? recordPing : getPing, response))).toStrictEqual([
      conforming(202),
      conforming(200),
      conforming(200),
    ]);
  });

  it('GET /health/pings/{pingId}: 400 and 404 as problems', async () => {
    // Prepare
    const get = (pingId: string) =>
      getPingHandler(new InMemoryPingStore())(
        httpEvent({ path: `/health/pings/${pingId}`, routePath: '/health/pings/{pingId}', pathParameters: { pingId }, claims: staff }),
        lambdaContext(),
      );
    // Act
    const responses = [await get('not-a-uuid'), await get('5b3c1a8e-2f4d-4c6b-9a7e-8d1f0e2c3b4a')];
    // Assess
    expect(responses.map((response) => conformance(getPing, response))).toStrictEqual([
      conforming(400, 'application/problem+json'),
      conforming(404, 'application/problem+json'),
    ]);
  });

  it('GET /openapi.json: 200 with the document', async () => {
    // Act
    const response = await getOpenApiDocumentHandler(httpEvent({ path: '/openapi.json' }), lambdaContext());
    // Assess
    expect(conformance(getOpenApiDocument, response)).toStrictEqual(conforming(200));
  });
});
