import { randomUUID } from 'node:crypto';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { HttpMiddleware } from './types.ts';

const header = 'x-correlation-id';

// A client's value goes into every log line and downstream event, so only a plain token is taken as given.
const acceptable = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Middleware that takes the request's `x-correlation-id` (or makes one up), puts it on
 * `context.correlationId`, adds it and the API Gateway request id to the logger's keys, and echoes it as a
 * response header, on errors too. Expects headers already normalised to lower case.
 *
 * @example
 * ```ts
 * const handler = middy(base).use(httpHeaderNormalizer()).use(correlationId({ logger: logger() }));
 * ```
 */
export const correlationId = ({ logger }: { logger: Logger }): HttpMiddleware => {
  const correlationIdBefore: HttpMiddleware['before'] = (request) => {
    const given = request.event.headers?.[header];
    const id = given !== undefined && acceptable.test(given) ? given : randomUUID();
    request.context.correlationId = id;
    logger.appendKeys({ correlationId: id, requestId: request.event.requestContext.requestId });
  };

  const correlationIdEcho: HttpMiddleware['after'] = (request) => {
    const id = request.context.correlationId;
    if (id === undefined || request.response == null) return;
    request.response.headers = { ...request.response.headers, [header]: id };
  };

  return { before: correlationIdBefore, after: correlationIdEcho, onError: correlationIdEcho };
};
