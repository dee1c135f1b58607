import { describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@aws-lambda-powertools/logger';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { httpEvent, lambdaContext } from '../testing/index.ts';
import { correlationId } from './correlation-id.ts';
import type { HttpLambdaContext } from './types.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const withCorrelationId = (
  logger: Logger,
  handler: (context: HttpLambdaContext) => Promise<APIGatewayProxyStructuredResultV2>,
) =>
  middy<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Error, HttpLambdaContext>(
    async (_event: APIGatewayProxyEventV2WithJWTAuthorizer, context: HttpLambdaContext) => handler(context),
  )
    .use(correlationId({ logger }))
    // Registered last so that it runs first on an error, as the kit's error response does.
    .onError((request) => {
      request.response = { statusCode: 500 };
    });

describe('correlationId', () => {
  it('takes the correlation id of the request, logs with it and echoes it', async () => {
    // Prepare
    const logger = new Logger();
    const appendKeys = jest.spyOn(logger, 'appendKeys');
    const handler = withCorrelationId(logger, async (context) => ({ statusCode: 200, body: context.correlationId }));
    // Act
    const response = await handler(httpEvent({ headers: { 'x-correlation-id': 'corr-123' } }), lambdaContext());
    // Assess
    expect(response).toStrictEqual({ statusCode: 200, body: 'corr-123', headers: { 'x-correlation-id': 'corr-123' } });
    expect(appendKeys.mock.calls).toStrictEqual([[{ correlationId: 'corr-123', requestId: 'request-1' }]]);
  });

  it('makes one up when the request has none', async () => {
    // Prepare
    const handler = withCorrelationId(new Logger(), async (context) => ({ statusCode: 200, body: context.correlationId }));
    // Act
    const response = await handler(httpEvent(), lambdaContext());
    // Assess
    expect(response).toStrictEqual({
      statusCode: 200,
      body: expect.stringMatching(uuid),
      headers: { 'x-correlation-id': response.body },
    });
  });

  it('makes one up rather than take a value that is not a plain token', async () => {
    // Prepare
    const handler = withCorrelationId(new Logger(), async (context) => ({ statusCode: 200, body: context.correlationId }));
    // Act
    const response = await handler(httpEvent({ headers: { 'x-correlation-id': 'a\nforged log line' } }), lambdaContext());
    // Assess
    expect(response.body).toMatch(uuid);
  });

  it('echoes it on an error response too', async () => {
    // Prepare
    const handler = withCorrelationId(new Logger(), async () => {
      throw new Error('boom');
    });
    // Act
    const response = await handler(httpEvent({ headers: { 'x-correlation-id': 'corr-9' } }), lambdaContext());
    // Assess
    expect(response).toStrictEqual({ statusCode: 500, headers: { 'x-correlation-id': 'corr-9' } });
  });
});
