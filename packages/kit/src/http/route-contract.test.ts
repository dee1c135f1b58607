import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as z from 'zod';
import { logger } from '../logging/logger.ts';
import { httpEvent, lambdaContext } from '../testing/index.ts';
import { httpHandler } from './http-handler.ts';
import { defineRoute, routeKeyOf } from './route-contract.ts';

const staff = { sub: 'user-1', 'cognito:groups': '[hq-staff]' };
const finance = { sub: 'fin-1', 'cognito:groups': '[finance]' };

const problem = (status: number, title: string, detail: string, instance: string, extra: object = {}) => ({
  statusCode: status,
  headers: { 'content-type': 'application/problem+json', 'x-correlation-id': 'corr-1' },
  body: JSON.stringify({ type: 'about:blank', title, status, detail, instance, ...extra }),
});

const recordGrant = defineRoute({
  method: 'POST',
  path: '/grants/{grantId}/payments',
  summary: 'Pay a grant',
  access: ['finance'],
  params: z.strictObject({ grantId: z.uuid() }),
  query: z.strictObject({ limit: z.coerce.number().int().max(10).optional() }),
  body: z.strictObject({ amountPence: z.int().positive() }),
  responses: { 201: { description: 'Paid' }, 400: { description: 'Invalid' }, 403: { description: 'Not finance' } },
});

const importThings = defineRoute({
  method: 'POST',
  path: '/things/import',
  summary: 'Import things from a CSV file',
  access: ['hq-staff'],
  textBody: ['text/csv'],
  responses: { 200: { description: 'Imported' } },
});

const GRANT_ID = '3f6b6a52-8f1e-4a53-9d7a-2b1f6b0c1d2e';

describe('httpHandler with a route contract', () => {
  beforeEach(() => {
    jest.spyOn(logger(), 'info').mockImplementation(() => undefined);
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('gives the route its path, query and body parsed by the contract, with the caller and correlation id', async () => {
    // Prepare
    const handler = httpHandler(recordGrant, async ({ params, query, body }, { caller, correlationId }) => ({
      status: 201,
      body: { params, query, body, caller, correlationId },
    }));
    const event = httpEvent({
      method: 'POST',
      path: `/grants/${GRANT_ID}/payments`,
      routePath: recordGrant.path,
      pathParameters: { grantId: GRANT_ID },
      queryStringParameters: { limit: '5' },
      json: { amountPence: 500 },
      headers: { 'x-correlation-id': 'corr-1' },
      claims: finance,
    });
    // Act
    const response = await handler(event, lambdaContext());
    // Assess
    expect(response).toStrictEqual({
      statusCode: 201,
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'corr-1' },
      body: JSON.stringify({
        params: { grantId: GRANT_ID },
        query: { limit: 5 },
        body: { amountPence: 500 },
        caller: { id: 'fin-1', roles: ['finance'] },
        correlationId: 'corr-1',
      }),
    });
  });

  it.each([
    ['a malformed JSON body', { body: '{"amountPence":', headers: { 'content-type': 'application/json' } }],
    ['a body of the wrong content type', { body: 'amountPence=5', headers: { 'content-type': 'application/x-www-form-urlencoded' } }],
    ['an oversized, invalid query', { queryStringParameters: { limit: '9'.repeat(5_000), extra: 'x' } }],
    ['invalid path parameters and an unknown body field', { pathParameters: { grantId: 'nope' }, json: { amountPence: -1, extra: true } }],
  ])('answers 403 before reading the body or anything else of the request, given %s (defect 8)', async (_case, request) => {
    // Prepare: an HQ staff caller, on a route for finance
    const route = jest.fn(async () => ({ status: 201 }));
    const handler = httpHandler(recordGrant, route);
    const event = httpEvent({
      method: 'POST',
      path: `/grants/${GRANT_ID}/payments`,
      pathParameters: { grantId: GRANT_ID },
      ...request,
      headers: { 'x-correlation-id': 'corr-1', ...('headers' in request ? request.headers : {}) },
      claims: staff,
    });
    // Act
    const response = await handler(event, lambdaContext());
    // Assess
    expect(response).toStrictEqual(
      problem(403, 'Forbidden', 'this action needs one of the roles finance; the caller holds only hq-staff', `/grants/${GRANT_ID}/payments`),
    );
    expect(route).not.toHaveBeenCalled();
  });

  it('fails with a 401 problem on a route with roles when the request has no caller, before reading the body', async () => {
    // Prepare
    const route = jest.fn(async () => ({ status: 201 }));
    const handler = httpHandler(recordGrant, route);
    const event = httpEvent({ method: 'POST', path: '/grants/x/payments', body: '{', headers: { 'content-type': 'application/json', 'x-correlation-id': 'corr-1' } });
    // Act
    const response = await handler(event, lambdaContext());
    // Assess
    expect(response).toStrictEqual(
      problem(401, 'Unauthorized', 'this route needs a signed-in caller, and the request carried no verified token', '/grants/x/payments'),
    );
    expect(route).not.toHaveBeenCalled();
  });

  it('serves a public route to a request without a caller', async () => {
    // Prepare
    const getHealth = defineRoute({ method: 'GET', path: '/health', summary: 'Liveness', access: 'public', responses: { 200: { description: 'Up' } } });
    const handler = httpHandler(getHealth, async (_request, { caller }) => ({ status: 200, body: { anonymous: caller === undefined } }));
    // Act
    const response = await handler(httpEvent({ path: '/health', headers: { 'x-correlation-id': 'corr-1' } }), lambdaContext());
    // Assess
    expect(response).toStrictEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'corr-1' },
      body: JSON.stringify({ anonymous: true }),
    });
  });

  it('fails with one 400 problem listing every issue of the path, query and body', async () => {
    // Prepare
    const route = jest.fn(async () => ({ status: 201 }));
    const handler = httpHandler(recordGrant, route);
    const event = httpEvent({
      method: 'POST',
      path: '/grants/nope/payments',
      pathParameters: { grantId: 'nope' },
      queryStringParameters: { limit: '11' },
      json: { amountPence: 0, note: 'hi' },
      headers: { 'x-correlation-id': 'corr-1' },
      claims: finance,
    });
    // Act
    const response = await handler(event, lambdaContext());
    // Assess
    const errors = [
      { path: ['path', 'grantId'], message: 'Invalid UUID' },
      { path: ['query', 'limit'], message: 'Too big: expected number to be <=10' },
      { path: ['body', 'amountPence'], message: 'Too small: expected number to be >0' },
      { path: ['body'], message: 'Unrecognized key: "note"' },
    ];
    expect(response).toStrictEqual(
      problem(
        400,
        'Bad Request',
        `the request path, query and body are invalid: ${errors.map(({ path, message }) => `${path.join('.')}: ${message}`).join('; ')}`,
        '/grants/nope/payments',
        { errors },
      ),
    );
    expect(route).not.toHaveBeenCalled();
  });

  it('gives a text route its body as a string', async () => {
    // Prepare
    const handler = httpHandler(importThings, async ({ body }) => ({ status: 200, body: { received: body } }));
    const event = httpEvent({
      method: 'POST',
      path: '/things/import',
      body: 'gss_code,name\nE14001063,Aldershot\n',
      headers: { 'content-type': 'text/csv; charset=utf-8', 'x-correlation-id': 'corr-1' },
      claims: staff,
    });
    // Act
    const response = await handler(event, lambdaContext());
    // Assess
    expect(response).toStrictEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'corr-1' },
      body: JSON.stringify({ received: 'gss_code,name\nE14001063,Aldershot\n' }),
    });
  });

  it('fails with a 415 naming the text type when a text route is sent JSON', async () => {
    // Prepare
    const handler = httpHandler(importThings, async () => ({ status: 200 }));
    const event = httpEvent({ method: 'POST', path: '/things/import', json: { things: [] }, headers: { 'x-correlation-id': 'corr-1' }, claims: staff });
    // Act
    const response = await handler(event, lambdaContext());
    // Assess
    expect(response).toStrictEqual(
      problem(415, 'Unsupported Media Type', 'the body must be sent as text/csv, not application/json', '/things/import'),
    );
  });

  it('fails with a 400 when a text route is sent no body', async () => {
    // Prepare
    const handler = httpHandler(importThings, async () => ({ status: 200 }));
    const event = httpEvent({ method: 'POST', path: '/things/import', headers: { 'x-correlation-id': 'corr-1' }, claims: staff });
    // Act
    const response = await handler(event, lambdaContext());
    // Assess
    expect(response).toStrictEqual(
      problem(400, 'Bad Request', 'the request body is invalid: body: expected a text/csv body', '/things/import', {
        errors: [{ path: ['body'], message: 'expected a text/csv body' }],
      }),
    );
  });

  it('never reads the body of a route whose contract takes none', async () => {
    // Prepare
    const publish = defineRoute({ method: 'POST', path: '/things/publish', summary: 'Publish', access: ['hq-staff'], responses: { 200: { description: 'Published' } } });
    const handler = httpHandler(publish, async ({ body }) => ({ status: 200, body: { body: body ?? null } }));
    const event = httpEvent({ method: 'POST', path: '/things/publish', body: '{', headers: { 'content-type': 'application/json', 'x-correlation-id': 'corr-1' }, claims: staff });
    // Act
    const response = await handler(event, lambdaContext());
    // Assess
    expect(response).toStrictEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'corr-1' },
      body: JSON.stringify({ body: null }),
    });
  });

  it('applies, in a function serving two routes, the contract of the route the event came on', async () => {
    // Prepare: the same shape on two paths, for different roles
    const csv = defineRoute({ method: 'GET', path: '/things.csv', summary: 'As CSV', access: ['hq-staff'], responses: { 200: { description: 'CSV' } } });
    const ics = defineRoute({ method: 'GET', path: '/things.ics', summary: 'As iCalendar', access: ['finance'], responses: { 200: { description: 'ICS' } } });
    const handler = httpHandler([csv, ics], async ({ event }) => ({ status: 200, body: { routeKey: event.routeKey } }));
    // Act
    const asStaff = await handler(httpEvent({ path: '/things.ics', headers: { 'x-correlation-id': 'corr-1' }, claims: staff }), lambdaContext());
    const asFinance = await handler(httpEvent({ path: '/things.ics', headers: { 'x-correlation-id': 'corr-1' }, claims: finance }), lambdaContext());
    // Assess
    expect([asStaff, asFinance]).toStrictEqual([
      problem(403, 'Forbidden', 'this action needs one of the roles finance; the caller holds only hq-staff', '/things.ics'),
      {
        statusCode: 200,
        headers: { 'content-type': 'application/json', 'x-correlation-id': 'corr-1' },
        body: JSON.stringify({ routeKey: 'GET /things.ics' }),
      },
    ]);
  });

  it('fails, in a function serving two routes, on an event of a route it does not serve', async () => {
    const a = defineRoute({ method: 'GET', path: '/a', summary: 'A', access: ['hq-staff'], responses: { 200: { description: 'A' } } });
    const b = defineRoute({ method: 'GET', path: '/b', summary: 'B', access: ['hq-staff'], responses: { 200: { description: 'B' } } });
    const handler = httpHandler([a, b], async () => ({ status: 200 }));
    await expect(handler(httpEvent({ path: '/c', claims: staff }), lambdaContext())).rejects.toThrow('this function serves GET /a, GET /b, not GET /c');
  });
});

describe('routeKeyOf', () => {
  it("is the contract's method and path, as API Gateway spells a route key", () => {
    expect(routeKeyOf(recordGrant)).toBe('POST /grants/{grantId}/payments');
  });
});
