import type { ZodOpenApiResponseObject } from 'zod-openapi';
import type { RouteContract } from '../http/route-contract.ts';
import { Problem, ValidationProblem } from './problem-schemas.ts';

const PROBLEM = 'application/problem+json';

// The Problem schema carries the example: one per response would repeat it on every route of a document
// that is served from a Lambda bundle. The 400's own example is kept, since it shows where the route's
// issues point (its path, query or body).
const problem = (description: string): ZodOpenApiResponseObject => ({ description, content: { [PROBLEM]: { schema: Problem } } });

/** Whether the route reads anything of the request that could be invalid. */
const takesInput = (contract: RouteContract): boolean =>
  contract.params !== undefined || contract.query !== undefined || contract.body !== undefined || contract.textBody !== undefined;

/** An issue of the kind the route's 400 lists, at the first part of the request it reads. */
const exampleIssue = (contract: RouteContract): { path: string[]; message: string } => {
  const [param] = Object.keys(contract.params?.shape ?? {});
  const [query] = Object.keys(contract.query?.shape ?? {});
  const path = param !== undefined ? ['path', param] : query !== undefined ? ['query', query] : ['body'];
  return { path, message: 'Invalid input' };
};

const takesBody = (contract: RouteContract): boolean => contract.body !== undefined || contract.textBody !== undefined;

/**
 * The problem responses a route can answer besides those its contract names: 400 when it reads input,
 * 401 and 403 unless public, 404 when its path names a record, 413 and 415 when it takes a body, and 500
 * and 503 always; 409, 422 and any other refusal where the contract lists them. A status the contract lists keeps
 * the contract's description, with the problem schema.
 *
 * @example
 * ```ts
 * Object.keys(errorResponsesOf(getPing)); // ['400', '401', '403', '404', '500', '503']
 * ```
 */
export const errorResponsesOf = (contract: RouteContract): Record<string, ZodOpenApiResponseObject> => {
  const described = (status: number, fallback: string): string => contract.responses[status]?.description ?? fallback;
  const responses: Record<string, ZodOpenApiResponseObject> = {};
  if (takesInput(contract) || contract.responses[400] !== undefined) {
    const issue = exampleIssue(contract);
    responses['400'] = {
      description: described(400, 'The request is invalid: every issue is listed, each at its path; nothing was changed.'),
      content: {
        [PROBLEM]: {
          schema: ValidationProblem,
          example: {
            type: 'about:blank',
            title: 'Bad Request',
            status: 400,
            detail: `the request is invalid: ${issue.path.join('.')}: ${issue.message}`,
            instance: contract.path,
            errors: [issue],
          },
        },
      },
    };
  }
  if (contract.access !== 'public') {
    responses['401'] = problem(described(401, 'No bearer token, or one that is not valid.'));
    responses['403'] = problem(described(403, `The caller holds none of the roles that may call this route (${contract.access.join(', ')}).`));
  }
  if (contract.path.includes('{') || contract.responses[404] !== undefined) {
    responses['404'] = problem(described(404, 'No such record (or not one the caller may see).'));
  }
  if (takesBody(contract)) {
    const types = [...(contract.body === undefined ? [] : ['application/json']), ...(contract.textBody ?? [])];
    responses['413'] = problem(described(413, 'The body is larger than the route accepts.'));
    responses['415'] = problem(described(415, `The body is not of a media type the route takes (${types.join(', ')}).`));
  }
  for (const [status, { description }] of Object.entries(contract.responses)) {
    if (Number(status) >= 400 && responses[status] === undefined) responses[status] = problem(description);
  }
  responses['500'] = problem('The server could not complete the request; the detail says nothing more, the logs hold the request id.');
  responses['503'] = {
    ...problem('A service the platform depends on (its database or queues) is unavailable for a moment. Send the same request again after the seconds `Retry-After` gives.'),
    headers: { 'retry-after': { description: 'Seconds to wait before sending the request again.', schema: { type: 'integer', minimum: 1 } } },
  };
  return Object.fromEntries(Object.entries(responses).sort(([a], [b]) => Number(a) - Number(b)));
};
