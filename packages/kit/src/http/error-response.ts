import type { Logger } from '@aws-lambda-powertools/logger';
import { toProblem } from './problem.ts';
import type { HttpMiddleware } from './types.ts';

const RETRY_AFTER_SECONDS = 5;

/**
 * Middleware that answers any error with its `application/problem+json` (see {@link toProblem}). Server
 * errors are logged with the request id; refusals only by status, since their detail may echo input.
 *
 * @example
 * ```ts
 * const handler = middy(base).use(errorResponse({ logger: logger() }));
 * ```
 */
export const errorResponse = ({ logger }: { logger: Logger }): HttpMiddleware => {
  const errorResponseOnError: HttpMiddleware['onError'] = (request) => {
    const problem = toProblem(request.error, request.event.rawPath);
    if (problem.status >= 500) {
      logger.error('request failed', { requestId: request.event.requestContext.requestId, error: request.error });
    } else {
      logger.info('request refused', { status: problem.status });
    }
    request.response = {
      statusCode: problem.status,
      // A 503 is worth sending again: after a few seconds, as the problem's detail says.
      headers: { 'content-type': 'application/problem+json', ...(problem.status === 503 ? { 'retry-after': String(RETRY_AFTER_SECONDS) } : {}) },
      body: JSON.stringify(problem),
    };
  };

  return { onError: errorResponseOnError };
};
