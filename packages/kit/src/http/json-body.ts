import httpJsonBodyParser from '@middy/http-json-body-parser';
import { createError, HttpError } from '@middy/util';
import { InvalidInputError } from '../errors.ts';
import type { HttpMiddleware } from './types.ts';

/**
 * Middleware that parses a JSON request body with `@middy/http-json-body-parser`, leaving `body` undefined
 * when the request has none. A body that is not JSON fails with {@link InvalidInputError} (a 400), and one
 * sent with another content type with a 415.
 *
 * @example
 * ```ts
 * const handler = middy(base).use(httpHeaderNormalizer()).use(jsonBody());
 * ```
 */
export const jsonBody = (): HttpMiddleware => {
  const parser = httpJsonBodyParser();

  const jsonBodyBefore: HttpMiddleware['before'] = async (request) => {
    // The parser treats a missing body as malformed JSON; a GET or an empty POST simply has none.
    if (request.event.body === undefined || request.event.body === '') {
      request.event.body = undefined;
      return;
    }
    try {
      await parser.before?.(request);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      if (error.statusCode === 415) {
        const received = request.event.headers?.['content-type'] ?? 'no content-type';
        throw createError(415, `the body must be sent as application/json, not ${received}`, { cause: error });
      }
      // middy answers 422 for JSON it cannot parse; for us that is malformed input, a 400.
      throw new InvalidInputError('the request body is not valid JSON', [{ path: ['body'], message: error.message }], {
        cause: error,
      });
    }
  };

  return { before: jsonBodyBefore };
};
