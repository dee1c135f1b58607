import { describe, expect, it } from '@jest/globals';
import * as z from 'zod';
import { defineRoute } from '../http/route-contract.ts';
import { conformance, conforming } from './response-conformance.ts';

const getThing = defineRoute({
  method: 'GET',
  path: '/things',
  summary: 'Read the thing',
  access: ['finance'],
  responses: {
    200: { description: 'The thing', body: z.strictObject({ thingId: z.string() }) },
    201: { description: 'As CSV', contentType: 'text/csv' },
    404: { description: 'None' },
  },
});

const json = (statusCode: number, body: unknown) => ({ statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('conformance', () => {
  it('finds a response of the documented status, media type and body shape conforming', () => {
    expect(conformance(getThing, json(200, { thingId: 't-1' }))).toStrictEqual(conforming(200));
  });

  it('lists every issue of a body that does not match the documented schema, an undocumented field included', () => {
    expect(conformance(getThing, json(200, { thingId: 1, extra: true }))).toStrictEqual({
      status: 200,
      documented: true,
      contentType: 'application/json',
      issues: ['thingId: Invalid input: expected string, received number', '(root): Unrecognized key: "extra"'],
    });
  });

  it('finds a status the contract does not document undocumented', () => {
    expect(conformance(getThing, json(202, {}))).toStrictEqual({ status: 202, documented: false, contentType: 'application/json', issues: [] });
  });

  it('compares a text response by its media type, parameters aside', () => {
    expect(conformance(getThing, { statusCode: 201, headers: { 'content-type': 'text/csv; charset=utf-8' }, body: 'a\r\n' })).toStrictEqual(conforming(201, 'text/csv'));
  });

  it('checks a refusal against the problem+json schema', () => {
    // Prepare
    const problem = { type: 'about:blank', title: 'Not Found', status: 404, detail: 'no thing', instance: '/things' };
    // Act / Assess
    expect(conformance(getThing, { statusCode: 404, headers: { 'content-type': 'application/problem+json' }, body: JSON.stringify(problem) })).toStrictEqual(
      conforming(404, 'application/problem+json'),
    );
    expect(conformance(getThing, json(404, {})).issues).toStrictEqual([
      'sent as application/json, documented as application/problem+json',
      'type: Invalid input: expected string, received undefined',
      'title: Invalid input: expected string, received undefined',
      'status: Invalid input: expected number, received undefined',
      'detail: Invalid input: expected string, received undefined',
      'instance: Invalid input: expected string, received undefined',
    ]);
  });
});
