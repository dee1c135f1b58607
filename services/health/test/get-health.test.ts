import './env.ts';
import { describe, expect, it } from '@jest/globals';
import { httpEvent, lambdaContext } from '@platform/kit/testing';
import { handler } from '../src/handlers/get-health.ts';

describe('GET /health', () => {
  it('answers ok to anyone', async () => {
    // Act
    const response = await handler(
      httpEvent({ path: '/health', headers: { 'x-correlation-id': 'corr-1' } }),
      lambdaContext(),
    );
    // Assess
    expect(response).toStrictEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'corr-1' },
      body: JSON.stringify({ status: 'ok' }),
    });
  });
});
