import { describe, expect, it } from '@jest/globals';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { UnauthenticatedError } from '../errors.ts';
import { httpEvent, lambdaContext } from '../testing/index.ts';
import { caller } from './caller.ts';
import type { HttpLambdaContext } from './types.ts';

const echoCaller = (options?: Parameters<typeof caller>[0]) =>
  middy<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Error, HttpLambdaContext>(
    async (_event: APIGatewayProxyEventV2WithJWTAuthorizer, context: HttpLambdaContext) => ({ statusCode: 200, body: JSON.stringify({ caller: context.caller ?? null }) }),
  ).use(caller(options));

describe('caller', () => {
  it('reads the caller from the verified claims', async () => {
    // Prepare
    const event = httpEvent({ claims: { sub: 'user-1', 'cognito:groups': '[hq-staff finance]' } });
    // Act
    const response = await echoCaller()(event, lambdaContext());
    // Assess
    expect(response).toStrictEqual({
      statusCode: 200,
      body: JSON.stringify({ caller: { id: 'user-1', roles: ['hq-staff', 'finance'] } }),
    });
  });

  it('fails when a route that requires auth is called without claims', async () => {
    // Act
    const response = echoCaller()(httpEvent(), lambdaContext());
    // Assess
    await expect(response).rejects.toThrow(UnauthenticatedError);
    await expect(response).rejects.toThrow(
      'this route needs a signed-in caller, and the request carried no verified token',
    );
  });

  it('fails when the claims name no subject', async () => {
    await expect(echoCaller()(httpEvent({ claims: { 'cognito:groups': 'hq-staff' } }), lambdaContext())).rejects.toThrow(
      UnauthenticatedError,
    );
  });

  it.each([
    ['a # (a key separator)', 'cand#1'],
    ['a slash', 'cand/../1'],
    ['a lone surrogate', 'cand\ud800'],
    ['129 characters', 'c'.repeat(129)],
  ])('fails with a plain 401 when the token\'s sub is not an identifier: %s', async (_what, sub) => {
    // Act
    const response = echoCaller()(httpEvent({ claims: { sub, 'cognito:groups': 'candidate' } }), lambdaContext());
    // Assess
    await expect(response).rejects.toThrow(UnauthenticatedError);
    await expect(response).rejects.toThrow(
      "the token's subject (sub) is not an identifier: it must be 1 to 128 letters, digits, dots, underscores, colons or hyphens, starting with a letter or digit",
    );
  });

  it('fails on a sub that is not an identifier on a public route too', async () => {
    await expect(echoCaller({ auth: 'none' })(httpEvent({ claims: { sub: 'a b' } }), lambdaContext())).rejects.toThrow(UnauthenticatedError);
  });

  it('takes a Cognito sub (a UUID) and the longest identifier', async () => {
    // Prepare
    const subs = ['3f1c0f0e-8a2b-4c2d-9e0f-1a2b3c4d5e6f', 'c'.repeat(128)];
    // Act
    const responses = await Promise.all(subs.map((sub) => echoCaller()(httpEvent({ claims: { sub } }), lambdaContext())));
    // Assess
    expect(responses.map(({ body }) => JSON.parse(String(body)).caller.id)).toStrictEqual(subs);
  });

  it('leaves the caller undefined on a public route called without claims', async () => {
    // Act
    const response = await echoCaller({ auth: 'none' })(httpEvent(), lambdaContext());
    // Assess
    expect(response).toStrictEqual({ statusCode: 200, body: JSON.stringify({ caller: null }) });
  });
});
