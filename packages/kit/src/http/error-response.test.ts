import { describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@aws-lambda-powertools/logger';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { NotFoundError } from '../errors.ts';
import { httpEvent, lambdaContext } from '../testing/index.ts';
import { errorResponse } from './error-response.ts';
import type { HttpLambdaContext } from './types.ts';

const failingWith = (error: unknown, logger: Logger) =>
  middy<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Error, HttpLambdaContext>(
    async () => {
      throw error;
    },
  ).use(errorResponse({ logger }));

const silentLogger = () => {
  const logger = new Logger();
  const info = jest.spyOn(logger, 'info').mockImplementation(() => undefined);
  const error = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
  return { logger, info, error };
};

describe('errorResponse', () => {
  it('answers a domain error with its problem, logging only the status', async () => {
    // Prepare
    const { logger, info, error } = silentLogger();
    // Act
    const response = await failingWith(new NotFoundError('no ping p-1'), logger)(
      httpEvent({ path: '/health/pings/p-1' }),
      lambdaContext(),
    );
    // Assess
    expect(response).toStrictEqual({
      statusCode: 404,
      headers: { 'content-type': 'application/problem+json' },
      body: JSON.stringify({
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: 'no ping p-1',
        instance: '/health/pings/p-1',
      }),
    });
    expect(info.mock.calls).toStrictEqual([['request refused', { status: 404 }]]);
    expect(error.mock.calls).toStrictEqual([]);
  });

  it('answers an unexpected error with a bare 500 and logs it with the request id', async () => {
    // Prepare
    const { logger, error } = silentLogger();
    const failure = new Error('ValidationException: jo@example.org');
    // Act
    const response = await failingWith(failure, logger)(httpEvent({ path: '/health/pings' }), lambdaContext());
    // Assess
    expect(response).toStrictEqual({
      statusCode: 500,
      headers: { 'content-type': 'application/problem+json' },
      body: JSON.stringify({
        type: 'about:blank',
        title: 'Internal Server Error',
        status: 500,
        detail: 'The server could not complete the request.',
        instance: '/health/pings',
      }),
    });
    expect(error.mock.calls).toStrictEqual([['request failed', { requestId: 'request-1', error: failure }]]);
  });

  it('answers a dependency out of reach with a 503 and Retry-After, and logs it with the request id', async () => {
    // Prepare
    const { logger, error } = silentLogger();
    const failure = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { code: 'ECONNREFUSED' });
    // Act
    const response = await failingWith(failure, logger)(httpEvent({ path: '/health/pings' }), lambdaContext());
    // Assess
    expect(response).toStrictEqual({
      statusCode: 503,
      headers: { 'content-type': 'application/problem+json', 'retry-after': '5' },
      body: JSON.stringify({
        type: 'about:blank',
        title: 'Service Unavailable',
        status: 503,
        detail: 'A service the platform depends on is unavailable for a moment. Send the same request again shortly.',
        instance: '/health/pings',
      }),
    });
    expect(error.mock.calls).toStrictEqual([['request failed', { requestId: 'request-1', error: failure }]]);
  });
});
