import './env.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { httpEvent, lambdaContext } from '@platform/kit/testing';
import { handler } from '../src/handlers/get-openapi-document.ts';

const committed = readFileSync(new URL('../../../openapi.json', import.meta.url), 'utf8');

describe('GET /openapi.json', () => {
  it('answers 200 with the committed document to a caller without a token, cacheable for five minutes', async () => {
    // Act
    const response = await handler(httpEvent({ path: '/openapi.json', headers: { 'x-correlation-id': 'corr-1' } }), lambdaContext());
    // Assess
    expect({ ...response, body: JSON.parse(response.body ?? 'null') as unknown }).toStrictEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=300', 'x-correlation-id': 'corr-1' },
      body: JSON.parse(committed),
    });
  });
});
