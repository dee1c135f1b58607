import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type * as z from 'zod';
import type { RouteContract } from '../http/route-contract.ts';
import { Problem, ValidationProblem } from '../openapi/problem-schemas.ts';

/**
 * How a response compares with its route's contract: whether its status is one the contract documents,
 * the media type it was sent as against the one documented, and every issue of its body against the
 * documented schema (a refusal or failure against the problem+json schema). A conforming response reads `{ documented: true, contentType: <same>, issues: [] }`.
 *
 * @example
 * ```ts
 * const response = await handler(event, lambdaContext());
 * expect(conformance(getPing, response)).toStrictEqual({ status: 200, documented: true, contentType: 'application/json', issues: [] });
 * ```
 */
export interface Conformance {
  status: number;
  documented: boolean;
  contentType: string | undefined;
  issues: string[];
}

const mediaTypeOf = (header: unknown): string | undefined => (typeof header === 'string' ? header.split(';')[0]?.trim() : undefined);

/**
 * Checks a handler's response against what its contract documents for that status (see {@link Conformance}):
 * the test of a route's real answers that keeps its response schema from drifting from the code.
 *
 * @example
 * ```ts
 * expect(conformance(getPing, await handler(event, lambdaContext()))).toStrictEqual(conforming(200));
 * ```
 */
export const conformance = (contract: RouteContract, response: APIGatewayProxyStructuredResultV2): Conformance => {
  const status = response.statusCode ?? 200;
  const documented = contract.responses[status];
  const sent = mediaTypeOf(response.headers?.['content-type']);
  if (documented === undefined) return { status, documented: false, contentType: sent, issues: [] };
  // A refusal or failure is problem+json whatever the contract says of it: the document gives it that schema.
  const problem: z.ZodType | undefined = status >= 400 && documented.body === undefined ? (status === 400 ? ValidationProblem.strict() : Problem.strict()) : undefined;
  const schema = problem ?? documented.body;
  const expected = problem === undefined ? (documented.contentType ?? (documented.body === undefined ? undefined : 'application/json')) : 'application/problem+json';
  const issues: string[] = [];
  if (sent !== expected) issues.push(`sent as ${sent ?? 'no media type'}, documented as ${expected ?? 'no body'}`);
  if (schema !== undefined && documented.contentType === undefined) {
    const result = schema.safeParse(JSON.parse(response.body ?? 'null'));
    if (!result.success) issues.push(...result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
  }
  return { status, documented: true, contentType: sent, issues };
};

/**
 * What {@link conformance} reads for a response that conforms, sent with the status and media type given.
 *
 * @example
 * ```ts
 * expect(conformance(getCalendarCsv, response)).toStrictEqual(conforming(200, 'text/csv'));
 * ```
 */
export const conforming = (status: number, contentType: string | undefined = 'application/json'): Conformance => ({
  status,
  documented: true,
  contentType,
  issues: [],
});
