import { describe, expect, it } from '@jest/globals';
import middy from '@middy/core';
import { HttpError } from '@middy/util';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { InvalidInputError } from '../errors.ts';
import { httpEvent, lambdaContext } from '../testing/index.ts';
import { jsonBody } from './json-body.ts';
import type { HttpLambdaContext } from './types.ts';

const echoBody = (options?: Parameters<typeof jsonBody>[0]) =>
  middy<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Error, HttpLambdaContext>(
    async (event: APIGatewayProxyEventV2WithJWTAuthorizer) => ({ statusCode: 200, body: JSON.stringify({ parsed: event.body ?? null }) }),
  ).use(jsonBody(options));

describe('jsonBody', () => {
  it('parses a JSON body', async () => {
    // Act
    const response = await echoBody()(httpEvent({ method: 'POST', json: { message: 'hi' } }), lambdaContext());
    // Assess
    expect(response).toStrictEqual({ statusCode: 200, body: JSON.stringify({ parsed: { message: 'hi' } }) });
  });

  it('parses a base64-encoded JSON body', async () => {
    // Prepare
    const event = {
      ...httpEvent({ method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' } }),
      body: Buffer.from('{"message":"hi"}').toString('base64'),
      isBase64Encoded: true,
    };
    // Act
    const response = await echoBody()(event, lambdaContext());
    // Assess
    expect(response).toStrictEqual({ statusCode: 200, body: JSON.stringify({ parsed: { message: 'hi' } }) });
  });

  it.each([
    ['no body', undefined],
    ['an empty body', ''],
  ])('leaves the body undefined for a request with %s', async (_what, body) => {
    // Act
    const response = await echoBody()(httpEvent({ method: 'POST', ...(body === undefined ? {} : { body }) }), lambdaContext());
    // Assess
    expect(response).toStrictEqual({ statusCode: 200, body: JSON.stringify({ parsed: null }) });
  });

  it('fails with invalid input on a body that is not JSON', async () => {
    // Prepare
    const event = httpEvent({ method: 'POST', body: '{"message":', headers: { 'content-type': 'application/json' } });
    // Act
    const response = echoBody()(event, lambdaContext());
    // Assess
    await expect(response).rejects.toThrow(InvalidInputError);
    await expect(response).rejects.toMatchObject({
      message: 'the request body is not valid JSON',
      issues: [{ path: ['body'], message: 'Invalid or malformed JSON was provided' }],
    });
  });

  it('fails with a 415 on a body sent as another content type', async () => {
    // Prepare
    const event = httpEvent({ method: 'POST', body: 'message=hi', headers: { 'content-type': 'text/plain' } });
    // Act
    const response = echoBody()(event, lambdaContext());
    // Assess
    await expect(response).rejects.toThrow(HttpError);
    await expect(response).rejects.toMatchObject({
      statusCode: 415,
      message: 'the body must be sent as application/json, not text/plain',
    });
  });

  it('hands on a body of an accepted text type as the string sent, whatever the case and parameters', async () => {
    // Prepare
    const csv = '\uFEFFgss_code,name\r\nE14001063,"Aldershot, Hants"\r\n';
    const event = httpEvent({ method: 'POST', body: csv, headers: { 'content-type': 'Text/CSV; charset=utf-8' } });
    // Act
    const response = await echoBody({ text: ['text/csv'] })(event, lambdaContext());
    // Assess
    expect(response).toStrictEqual({ statusCode: 200, body: JSON.stringify({ parsed: csv }) });
  });

  it('decodes a base64-encoded body of an accepted text type as UTF-8', async () => {
    // Prepare
    const csv = 'gss_code,name\nW07000112,Ynys Môn\n';
    const event = {
      ...httpEvent({ method: 'POST', headers: { 'content-type': 'text/csv' } }),
      body: Buffer.from(csv, 'utf8').toString('base64'),
      isBase64Encoded: true,
    };
    // Act
    const response = await echoBody({ text: ['text/csv'] })(event, lambdaContext());
    // Assess
    expect(response).toStrictEqual({ statusCode: 200, body: JSON.stringify({ parsed: csv }) });
  });

  it('still parses JSON on a route that also accepts text', async () => {
    // Act
    const response = await echoBody({ text: ['text/csv'] })(httpEvent({ method: 'POST', json: { message: 'hi' } }), lambdaContext());
    // Assess
    expect(response).toStrictEqual({ statusCode: 200, body: JSON.stringify({ parsed: { message: 'hi' } }) });
  });

  it('fails with a 415 naming every accepted type on a body of a type neither JSON nor accepted text', async () => {
    // Prepare
    const event = httpEvent({ method: 'POST', body: 'message=hi', headers: { 'content-type': 'text/plain' } });
    // Act
    const response = echoBody({ text: ['text/csv'] })(event, lambdaContext());
    // Assess
    await expect(response).rejects.toThrow(HttpError);
    await expect(response).rejects.toMatchObject({
      statusCode: 415,
      message: 'the body must be sent as application/json or text/csv, not text/plain',
    });
  });
});
