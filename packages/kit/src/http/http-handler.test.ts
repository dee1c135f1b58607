import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as z from 'zod';
import { ConflictError } from '../errors.ts';
import { logger } from '../logging/logger.ts';
import { httpEvent, lambdaContext } from '../testing/index.ts';
import { httpHandler } from './http-handler.ts';
import { defineRoute } from './route-contract.ts';

const staff = { sub: 'user-1', 'cognito:groups': '[hq-staff]' };

const problem = (status: number, title: string, detail: string, instance: string, extra: object = {}) => ({
  statusCode: status,
  headers: { 'content-type': 'application/problem+json', 'x-correlation-id': 'corr-1' },
  body: JSON.stringify({ type: 'about:blank', title, status, detail, instance, ...extra }),
});

/** A route for HQ staff that takes no body. */
const readThings = defineRoute({ method: 'GET', path: '/things', summary: 'Read things', access: ['hq-staff'], responses: { 200: { description: 'Things' } } });

/** A route for HQ staff that takes a JSON body. */
const createThing = defineRoute({
  method: 'POST',
  path: '/things',
  summary: 'Create a thing',
  access: ['hq-staff'],
  body: z.strictObject({ name: z.string().min(1), size: z.int() }),
  responses: { 201: { description: 'Created' } },
});

const reading = () => httpEvent({ path: '/things', headers: { 'x-correlation-id': 'corr-1' }, claims: staff });

describe('httpHandler', () => {
  beforeEach(() => {
    jest.spyOn(logger(), 'info').mockImplementation(() => undefined);
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('sends the route body as JSON with its headers and the correlation id echoed', async () => {
    // Prepare
    const handler = httpHandler(createThing, async ({ body }) => ({ status: 201, body, headers: { location: '/things/1' } }));
    const event = httpEvent({ method: 'POST', path: '/things', json: { name: 'one', size: 2 }, headers: { 'X-Correlation-Id': 'corr-1' }, claims: staff });
    // Act
    const response = await handler(event, lambdaContext());
    // Assess
    expect(response).toStrictEqual({
      statusCode: 201,
      headers: { 'content-type': 'application/json', location: '/things/1', 'x-correlation-id': 'corr-1' },
      body: JSON.stringify({ name: 'one', size: 2 }),
    });
  });

  it('sends a text result as is, with its own content type', async () => {
    // Prepare
    const handler = httpHandler(readThings, async () => ({
      status: 200,
      text: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
      contentType: 'text/calendar; charset=utf-8',
      headers: { 'content-disposition': 'attachment; filename="timetable.ics"' },
    }));
    // Act
    const response = await handler(reading(), lambdaContext());
    // Assess
    expect(response).toStrictEqual({
      statusCode: 200,
      headers: {
        'content-disposition': 'attachment; filename="timetable.ics"',
        'content-type': 'text/calendar; charset=utf-8',
        'x-correlation-id': 'corr-1',
      },
      body: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
    });
  });

  it('sends no body and no content type when the route returns none', async () => {
    // Prepare
    const handler = httpHandler(readThings, async () => ({ status: 204 }));
    // Act
    const response = await handler(reading(), lambdaContext());
    // Assess
    expect(response).toStrictEqual({ statusCode: 204, headers: { 'x-correlation-id': 'corr-1' } });
  });

  it('fails with a 400 problem on a malformed JSON body from a caller with the role', async () => {
    // Prepare
    const handler = httpHandler(createThing, async () => ({ status: 201 }));
    const event = httpEvent({
      method: 'POST',
      path: '/things',
      body: '{"name":',
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'corr-1' },
      claims: staff,
    });
    // Act
    const response = await handler(event, lambdaContext());
    // Assess
    expect(response).toStrictEqual(
      problem(400, 'Bad Request', 'the request body is not valid JSON', '/things', {
        errors: [{ path: ['body'], message: 'Invalid or malformed JSON was provided' }],
      }),
    );
  });

  it('fails with a 415 problem on a body that is not JSON, from a caller with the role', async () => {
    // Prepare
    const handler = httpHandler(createThing, async () => ({ status: 201 }));
    const event = httpEvent({
      method: 'POST',
      path: '/things',
      body: 'name=one',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-correlation-id': 'corr-1' },
      claims: staff,
    });
    // Act
    const response = await handler(event, lambdaContext());
    // Assess
    expect(response).toStrictEqual(
      problem(415, 'Unsupported Media Type', 'the body must be sent as application/json, not application/x-www-form-urlencoded', '/things'),
    );
  });

  it('fails with a 400 problem listing every invalid field of the body', async () => {
    // Prepare
    const handler = httpHandler(createThing, async () => ({ status: 201 }));
    const event = httpEvent({ method: 'POST', path: '/things', json: { name: '' }, headers: { 'x-correlation-id': 'corr-1' }, claims: staff });
    // Act
    const response = await handler(event, lambdaContext());
    // Assess
    expect(response).toStrictEqual(
      problem(
        400,
        'Bad Request',
        'the request body is invalid: body.name: Too small: expected string to have >=1 characters; body.size: Invalid input: expected number, received undefined',
        '/things',
        {
          errors: [
            { path: ['body', 'name'], message: 'Too small: expected string to have >=1 characters' },
            { path: ['body', 'size'], message: 'Invalid input: expected number, received undefined' },
          ],
        },
      ),
    );
  });

  it('fails with a 403 problem naming the roles when the caller holds none of them', async () => {
    // Prepare
    const route = jest.fn(async () => ({ status: 200 }));
    const grants = defineRoute({ method: 'GET', path: '/grants', summary: 'Grants', access: ['finance'], responses: { 200: { description: 'Grants' } } });
    const handler = httpHandler(grants, route);
    // Act
    const response = await handler(httpEvent({ path: '/grants', headers: { 'x-correlation-id': 'corr-1' }, claims: staff }), lambdaContext());
    // Assess
    expect(response).toStrictEqual(problem(403, 'Forbidden', 'this action needs one of the roles finance; the caller holds only hq-staff', '/grants'));
    expect(route).not.toHaveBeenCalled();
  });

  it('answers a conflict with a 409 problem carrying its details', async () => {
    // Prepare
    const handler = httpHandler(readThings, async () => {
      throw new ConflictError('this thing exists already', { thingId: 't-1' });
    });
    // Act
    const response = await handler(reading(), lambdaContext());
    // Assess
    expect(response).toStrictEqual(problem(409, 'Conflict', 'this thing exists already', '/things', { details: { thingId: 't-1' } }));
  });

  it('answers an unexpected error with a 500 problem, logging the error with the request id', async () => {
    // Prepare
    const failure = new Error('the table is gone');
    const logError = jest.spyOn(logger(), 'error').mockImplementation(() => undefined);
    const handler = httpHandler(readThings, async () => {
      throw failure;
    });
    // Act
    const response = await handler(reading(), lambdaContext());
    // Assess
    expect(response).toStrictEqual(problem(500, 'Internal Server Error', 'The server could not complete the request.', '/things'));
    expect(logError.mock.calls).toStrictEqual([['request failed', { requestId: 'request-1', error: failure }]]);
  });
});
