import { describe, expect, it } from '@jest/globals';
import { defineRoute } from '@platform/kit/contract';
import fc from 'fast-check';
import { valueFor, type JsonSchema } from './json-schema-arbitrary.ts';
import { requestsFor, type FuzzRequest, type FuzzRoute } from './route-requests.ts';
import { violations } from './route-fuzzer.ts';

const staffRoute: FuzzRoute = {
  method: 'POST',
  path: '/emeritus/retirements/{retirementId}/withdraw',
  contract: defineRoute({ method: 'POST', path: '/emeritus/retirements/{retirementId}/withdraw', summary: 'Withdraw', access: ['hq-staff'], responses: { 200: { description: 'Withdrawn' } } }),
};
const request = (overrides: Partial<FuzzRequest> = {}): FuzzRequest => ({
  method: 'POST',
  path: '/emeritus/retirements/x/withdraw',
  headers: {},
  kind: 'valid',
  mustBeRefused: false,
  pathIsWellFormed: true,
  ...overrides,
});
const problem = (status: number) => ({ status, contentType: 'application/problem+json', body: { type: 'about:blank', title: 'x', status } });

describe('valueFor', () => {
  it('keeps integers, strings and lists within the bounds the schema states, and picks enum values only', () => {
    // Prepare
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        months: { type: 'integer', minimum: 1, maximum: 60 },
        reason: { type: 'string', minLength: 1, maxLength: 20 },
        nations: { type: 'array', maxItems: 4, items: { type: 'string', enum: ['England', 'Wales'] } },
      },
      required: ['months', 'reason', 'nations'],
    };
    // Act / Assess
    fc.assert(
      fc.property(valueFor(schema) as fc.Arbitrary<{ months: number; reason: string; nations: string[] }>, ({ months, reason, nations }) => {
        expect({
          months: Number.isInteger(months) && months >= 1 && months <= 60,
          reason: [...reason].length >= 1 && reason.length <= 40,
          nations: new Set(nations).size === nations.length && nations.every((nation) => ['England', 'Wales'].includes(nation)),
        }).toStrictEqual({ months: true, reason: true, nations: true });
      }),
      { seed: 1, numRuns: 300 },
    );
  });

  it('reaches both ends of a number range and dates at 1900-01-01 and 2199-12-31', () => {
    const values = fc.sample(valueFor({ type: 'object', properties: { n: { type: 'integer', minimum: 1, maximum: 3 }, on: { type: 'string', format: 'date' } }, required: ['n', 'on'] }), { seed: 2, numRuns: 400 }) as { n: number; on: string }[];
    const seen = { n: [...new Set(values.map((value) => value.n))].sort(), first: values.some((value) => value.on === '1900-01-01'), last: values.some((value) => value.on === '2199-12-31') };
    expect(seen).toStrictEqual({ n: [1, 2, 3], first: true, last: true });
  });
});

describe('requestsFor', () => {
  it('draws only requests that must be refused from refusals, each with a malformed path or a bad body', () => {
    const refusals = requestsFor({ ...staffRoute, contract: { ...staffRoute.contract!, body: undefined } }).refusals;
    const kinds = new Set(fc.sample(refusals!, { seed: 3, numRuns: 50 }).map((drawn) => `${drawn.kind}:${drawn.mustBeRefused}`));
    expect([...kinds]).toStrictEqual(['malformed-path-encoding:true']);
  });
});

describe('violations', () => {
  it('fails a 5xx, a 4xx that is not problem+json, and a problem whose status differs from the HTTP status', () => {
    expect([
      violations(staffRoute, 'hq-staff', request(), { status: 500, contentType: 'application/problem+json', body: { status: 500 } }),
      violations(staffRoute, 'hq-staff', request(), { status: 400, contentType: 'text/plain', body: 'bad' }),
      violations(staffRoute, 'hq-staff', request(), { status: 409, contentType: 'application/problem+json', body: { status: 400 } }),
    ]).toStrictEqual([
      ['a 500: the platform failed instead of refusing the request'],
      ['a 400 as text/plain, not application/problem+json'],
      ['a 409 whose problem says status 400'],
    ]);
  });

  it("fails an accepted request that must be refused, and a caller the route's access does not name who is let in", () => {
    expect([
      violations(staffRoute, 'hq-staff', request({ kind: 'not-json', mustBeRefused: true }), { status: 200, contentType: 'application/json', body: {} }),
      violations(staffRoute, 'candidate', request(), problem(404)),
      violations(staffRoute, 'forged token', request(), problem(403)),
    ]).toStrictEqual([
      ['a 200 for a not-json request, which must be refused with a 4xx'],
      ["a 404 for candidate, which the route's access (hq-staff) refuses with 403"],
      ["a 403 for forged token, which the route's access (hq-staff) refuses with 401"],
    ]);
  });

  it("accepts API Gateway's own 404 for a path that matches no route, and a problem for the rest", () => {
    const notFound = { status: 404, contentType: 'application/json', body: { message: 'Not Found' } };
    expect([
      violations(staffRoute, 'hq-staff', request({ pathIsWellFormed: false }), notFound),
      violations(staffRoute, 'hq-staff', request({ kind: 'malformed-path-encoding', mustBeRefused: true, pathIsWellFormed: false }), problem(400)),
      violations(staffRoute, 'no token', request(), problem(401)),
      violations(staffRoute, 'hq-staff', request(), notFound),
    ]).toStrictEqual([[], [], [], ['a 404 as application/json, not application/problem+json']]);
  });
});
