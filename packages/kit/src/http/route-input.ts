import type * as z from 'zod';
import { InvalidInputError } from '../errors.ts';
import type { InputIssue } from '../errors.ts';
import { describeIssues, inputIssues } from '../issues.ts';
import type { RouteContract } from './route-contract.ts';
import type { HttpMiddleware } from './types.ts';

type Part = { where: 'path' | 'query' | 'body'; schema: z.ZodType | undefined; value: unknown };

/**
 * Middleware that validates the path parameters, query and body of a request against its route's schemas
 * and puts what they parse to on `context.input`. Every issue of every part is reported at once, in one
 * {@link InvalidInputError} (a 400), each path prefixed with `'path'`, `'query'` or `'body'`. A part the
 * contract has no schema for is left `undefined`; a `textBody` route's text is handed on as it is.
 *
 * @example
 * ```ts
 * const handler = middy(base).use(jsonBody()).use(routeInput(recordPing)); // context.input.body is typed by the route
 * ```
 */
export const routeInput = (contract: Pick<RouteContract, 'params' | 'query' | 'body' | 'textBody'>): HttpMiddleware => {
  const routeInputBefore: HttpMiddleware['before'] = (request) => {
    const { event } = request;
    const textBody = contract.textBody !== undefined && typeof event.body === 'string';
    const parts: Part[] = [
      // API Gateway leaves out pathParameters and queryStringParameters when there are none.
      { where: 'path', schema: contract.params, value: event.pathParameters ?? {} },
      { where: 'query', schema: contract.query, value: event.queryStringParameters ?? {} },
      { where: 'body', schema: textBody ? undefined : contract.body, value: event.body },
    ];
    const issues: InputIssue[] = [];
    const invalid: string[] = [];
    const parsed = parts.map(({ where, schema, value }) => {
      if (schema === undefined) return where === 'body' && textBody ? value : undefined;
      const result = schema.safeParse(value);
      if (result.success) return result.data;
      invalid.push(where);
      issues.push(...inputIssues(result.error.issues, [where]));
      return undefined;
    });
    if (contract.textBody !== undefined && contract.body === undefined && !textBody) {
      // jsonBody has refused any other media type, so the body is missing altogether.
      invalid.push('body');
      issues.push({ path: ['body'], message: `expected a ${contract.textBody.join(' or ')} body` });
    }
    if (issues.length > 0) {
      const last = invalid.pop();
      const which = invalid.length === 0 ? `${last} is` : `${invalid.join(', ')} and ${last} are`;
      throw new InvalidInputError(`the request ${which} invalid: ${describeIssues(issues)}`, issues);
    }
    const [params, query, body] = parsed;
    request.context.input = { params, query, body };
  };

  return { before: routeInputBefore };
};
