import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { logger } from '../logging/logger.ts';
import { httpEvent, lambdaContext } from '../testing/index.ts';
import { caller } from './caller.ts';
import { errorResponse } from './error-response.ts';
import { jsonBody } from './json-body.ts';
import { routeAccess } from './route-access.ts';
import type { HttpLambdaContext } from './types.ts';

const ok = async (): Promise<APIGatewayProxyStructuredResultV2> => ({ statusCode: 204 });

const stub = (access: Parameters<typeof routeAccess>[0]['access']) =>
  middy<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Error, HttpLambdaContext>(ok)
    .use(httpHeaderNormalizer())
    .use(errorResponse({ logger: logger() }))
    .use(caller({ auth: access === 'public' ? 'none' : 'required' }))
    .use(routeAccess({ access }))
    .use(jsonBody());

const malformed = (claims?: Record<string, string>) =>
  httpEvent({ method: 'POST', path: '/grants', body: '{"amount', headers: { 'content-type': 'application/json' }, ...(claims ? { claims } : {}) });

describe('routeAccess', () => {
  beforeEach(() => {
    jest.spyOn(logger(), 'info').mockImplementation(() => undefined);
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('answers 403 naming the roles, before the body parser sees the malformed body', async () => {
    const response = await stub(['finance', 'hq-staff'])(malformed({ sub: 'c-1', 'cognito:groups': '[candidate]' }), lambdaContext());
    expect(response).toStrictEqual({
      statusCode: 403,
      headers: { 'content-type': 'application/problem+json' },
      body: JSON.stringify({
        type: 'about:blank',
        title: 'Forbidden',
        status: 403,
        detail: 'this action needs one of the roles finance, hq-staff; the caller holds only candidate',
        instance: '/grants',
      }),
    });
  });

  it('lets a caller holding one of the roles through to the body parser', async () => {
    const response = await stub(['finance', 'hq-staff'])(malformed({ sub: 'f-1', 'cognito:groups': '[finance]' }), lambdaContext());
    expect(response).toStrictEqual({
      statusCode: 400,
      headers: { 'content-type': 'application/problem+json' },
      body: JSON.stringify({
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'the request body is not valid JSON',
        instance: '/grants',
        errors: [{ path: ['body'], message: 'Invalid or malformed JSON was provided' }],
      }),
    });
  });

  it('lets anyone through on a public route', async () => {
    const response = await stub('public')(httpEvent({ path: '/health' }), lambdaContext());
    expect(response).toStrictEqual({ statusCode: 204 });
  });
});
