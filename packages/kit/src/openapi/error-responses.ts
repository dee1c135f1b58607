import type { ZodOpenApiResponseObject } from 'zod-openapi';
import type { RouteContract } from '../http/route-contract.ts';
import { Problem, ValidationProblem } from './problem-schemas.ts';

const PROBLEM = 'application/problem+json';

const problemExample = (status: number, title: string, detail: string, path: string) => ({
  type: 'about:blank',
  title,
  status,
  detail,
  instance: path,
});

const problem = (description: string, example: object): ZodOpenApiResponseObject => ({
  description,
  content: { [PROBLEM]: { schema: Problem, example } },
});

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
 * always. A status the contract lists keeps the contract's description, with the problem schema.
 *
 * @example
 * ```ts
 * Object.keys(errorResponsesOf(getPing)); // ['400', '401', '403', '404', '500']
 * ```
 */
export const errorResponsesOf = (contract: RouteContract): Record<string, ZodOpenApiResponseObject> => {
  const { path } = contract;
  const described = (status: number, fallback: string): string => contract.responses[status]?.description ?? fallback;
  const responses: Record<string, ZodOpenApiResponseObject> = {};
  if (takesInput(contract) || contract.responses[400] !== undefined) {
    responses['400'] = {
      description: described(400, 'The request is invalid: every issue is listed, each at its path; nothing was changed.'),
      content: {
        [PROBLEM]: {
          schema: ValidationProblem,
          example: {
            ...problemExample(400, 'Bad Request', `the request is invalid: ${exampleIssue(contract).path.join('.')}: Invalid input`, path),
            errors: [exampleIssue(contract)],
          },
        },
      },
    };
  }
  if (contract.access !== 'public') {
    responses['401'] = problem(described(401, 'No bearer token, or one that is not valid.'), problemExample(401, 'Unauthorized', 'missing bearer token', path));
    responses['403'] = problem(
      described(403, `The caller holds none of the roles that may call this route (${contract.access.join(', ')}).`),
      problemExample(403, 'Forbidden', `this needs one of the roles ${contract.access.join(', ')}`, path),
    );
  }
  if (path.includes('{') || contract.responses[404] !== undefined) {
    responses['404'] = problem(described(404, 'No such record (or not one the caller may see).'), problemExample(404, 'Not Found', 'there is no such record', path));
  }
  if (contract.responses[409] !== undefined) {
    responses['409'] = problem(described(409, 'Conflict'), problemExample(409, 'Conflict', 'the change conflicts with the record as it is', path));
  }
  if (takesBody(contract)) {
    responses['413'] = problem(described(413, 'The body is larger than the API accepts.'), problemExample(413, 'Payload Too Large', 'the body is too large', path));
    const types = [...(contract.body === undefined ? [] : ['application/json']), ...(contract.textBody ?? [])];
    responses['415'] = problem(
      described(415, `The body is not of a media type the route takes (${types.join(', ')}).`),
      problemExample(415, 'Unsupported Media Type', `send the body as ${types.join(' or ')}`, path),
    );
  }
  if (contract.responses[422] !== undefined) {
    responses['422'] = problem(described(422, 'Unprocessable'), problemExample(422, 'Unprocessable Entity', 'the request cannot be applied', path));
  }
  for (const [status, { description }] of Object.entries(contract.responses)) {
    if (Number(status) >= 400 && responses[status] === undefined) {
      responses[status] = problem(description, problemExample(Number(status), description, description, path));
    }
  }
  responses['500'] = problem('The server could not complete the request; the detail says nothing more, the logs hold the request id.', problemExample(500, 'Internal Server Error', 'The server could not complete the request.', path));
  return responses;
};
