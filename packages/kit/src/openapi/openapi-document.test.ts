import { describe, expect, it } from '@jest/globals';
import * as z from 'zod';
import { defineRoute } from '../http/route-contract.ts';
import { openApiDocument } from './openapi-document.ts';
import { operationIdOf } from './operation-id.ts';

const INFO = { title: 'Test API', version: '1.0.0', description: 'For tests' };

const getThing = defineRoute({
  method: 'GET',
  path: '/things/{thingId}',
  summary: 'Read a thing',
  access: ['finance', 'hq-staff'],
  params: z.object({ thingId: z.string() }),
  responses: { 200: { description: 'The thing', body: z.object({ thingId: z.string() }).meta({ id: 'Thing' }) }, 409: { description: 'Locked' } },
});

const importThings = defineRoute({
  method: 'POST',
  path: '/things/import',
  summary: 'Import things',
  access: 'public',
  textBody: ['text/csv'],
  responses: { 200: { description: 'The things as CSV', contentType: 'text/csv' } },
});

const listThings = defineRoute({ method: 'GET', path: '/things', summary: 'List things', access: ['finance'], responses: { 200: { description: 'Things' } } });

describe('openApiDocument', () => {
  it('documents a role-guarded route with its operation id, tag, roles, parameters, body schema and every problem it can answer', () => {
    // Act
    const document = openApiDocument(INFO, [{ service: 'things', description: 'Things', routes: [getThing] }]);
    // Assess
    const operation = document.paths?.['/things/{thingId}']?.get;
    expect({
      operationId: operation?.operationId,
      tags: operation?.tags,
      security: operation?.security,
      roles: operation?.['x-roles'],
      description: operation?.description,
      parameters: operation?.parameters,
      statuses: Object.keys(operation?.responses ?? {}),
      ok: operation?.responses?.['200'],
    }).toStrictEqual({
      operationId: 'getThingsByThingId',
      tags: ['things'],
      security: [{ bearerJwt: [] }],
      roles: ['finance', 'hq-staff'],
      description: 'Needs a bearer token whose `cognito:groups` include one of: finance, hq-staff.',
      parameters: [{ in: 'path', name: 'thingId', schema: { type: 'string' }, required: true }],
      statuses: ['200', '400', '401', '403', '404', '409', '500', '503'],
      ok: { description: 'The thing', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
    });
    expect(document.tags).toStrictEqual([{ name: 'things', description: 'Things' }]);
  });

  it('documents a public route with no security, its text body and text response, and 413 and 415 but no 401 or 403', () => {
    // Act
    const operation = openApiDocument(INFO, [{ service: 'things', description: 'Things', routes: [importThings] }]).paths?.['/things/import']?.post;
    // Assess
    expect({
      security: operation?.security,
      roles: operation?.['x-roles'],
      requestBody: operation?.requestBody,
      ok: operation?.responses?.['200'],
      statuses: Object.keys(operation?.responses ?? {}),
    }).toStrictEqual({
      security: [],
      roles: [],
      requestBody: { required: true, content: { 'text/csv': { schema: { type: 'string', description: 'The document, as text.' } } } },
      ok: { description: 'The things as CSV', content: { 'text/csv': { schema: { type: 'string', description: 'The document, as text.' } } } },
      statuses: ['200', '400', '413', '415', '500', '503'],
    });
  });

  it('gives a route that reads nothing of the request no 400 and no 404', () => {
    // Act
    const operation = openApiDocument(INFO, [{ service: 'things', description: 'Things', routes: [listThings] }]).paths?.['/things']?.get;
    // Assess
    expect(Object.keys(operation?.responses ?? {})).toStrictEqual(['200', '401', '403', '500', '503']);
  });

  it('answers a 400 with the issue list shape', () => {
    // Act
    const document = openApiDocument(INFO, [{ service: 'things', description: 'Things', routes: [getThing] }]);
    // Assess
    expect(document.components?.schemas?.['ValidationProblem']).toMatchObject({
      type: 'object',
      required: ['type', 'title', 'status', 'detail', 'instance', 'errors'],
    });
    expect(document.paths?.['/things/{thingId}']?.get?.responses?.['400']).toMatchObject({
      content: { 'application/problem+json': { example: { status: 400, errors: [{ path: ['path', 'thingId'], message: 'Invalid input' }] } } },
    });
  });

  it('fails on a route whose path names a parameter its contract does not declare', () => {
    // Prepare
    const undeclared = defineRoute({ method: 'GET', path: '/things/{thingId}', summary: 'Read', access: ['finance'], responses: { 200: { description: 'ok' } } });
    // Act / Assess
    expect(() => openApiDocument(INFO, [{ service: 'things', description: 'Things', routes: [undeclared] }])).toThrow(
      new Error('GET /things/{thingId}: its path names the parameters [thingId] but its params schema declares []'),
    );
  });

  it('fails on two routes with the same method and path', () => {
    // Act / Assess
    expect(() => openApiDocument(INFO, [{ service: 'things', description: 'Things', routes: [listThings, listThings] }])).toThrow(
      new Error('GET /things is documented twice'),
    );
  });
});

describe('operationIdOf', () => {
  it('names an operation by its method and path, a parameter as By<Name>', () => {
    expect(operationIdOf({ method: 'GET', path: '/selections/timetables/{timetableId}/calendar.csv' })).toBe('getSelectionsTimetablesByTimetableIdCalendarCsv');
  });
  it('camel-cases hyphenated segments', () => {
    expect(operationIdOf({ method: 'PUT', path: '/fund/levy-rates' })).toBe('putFundLevyRates');
  });
});
