import httpJsonBodyParser from '@middy/http-json-body-parser';
import { createError, HttpError } from '@middy/util';
import { InvalidInputError } from '../errors.ts';
import type { HttpMiddleware } from './types.ts';

/**
 * What the body parser accepts besides JSON.
 *
 * @example
 * ```ts
 * const options: JsonBodyOptions = { text: ['text/csv'] };
 * ```
 */
export interface JsonBodyOptions {
  /**
   * Media types whose bodies reach the route undecoded, as a UTF-8 string (base64 bodies are decoded
   * first), e.g. `['text/csv']`. Compared without parameters and case-insensitively. @default []
   */
  text?: readonly string[];
  /** Whether a JSON body is taken at all; a route that takes only `text` types refuses one with a 415. @default true */
  json?: boolean;
}

const mediaTypeOf = (contentType: string | undefined): string => (contentType ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * Middleware that parses a JSON request body with `@middy/http-json-body-parser`, leaving `body` undefined
 * when the request has none. A body that is not JSON fails with {@link InvalidInputError} (a 400), and one
 * sent with another content type with a 415, unless that type is one of `text`, whose bodies are handed
 * on as a string.
 *
 * @example
 * ```ts
 * const handler = middy(base).use(httpHeaderNormalizer()).use(jsonBody({ text: ['text/csv'] }));
 * ```
 */
export const jsonBody = ({ text = [], json = true }: JsonBodyOptions = {}): HttpMiddleware => {
  const parser = httpJsonBodyParser();
  const textTypes = text.map((type) => type.toLowerCase());
  const accepted = [...(json ? ['application/json'] : []), ...textTypes].join(' or ');

  const jsonBodyBefore: HttpMiddleware['before'] = async (request) => {
    // The parser treats a missing body as malformed JSON; a GET or an empty POST simply has none.
    if (request.event.body === undefined || request.event.body === '') {
      request.event.body = undefined;
      return;
    }
    const contentType = request.event.headers?.['content-type'];
    if (textTypes.includes(mediaTypeOf(contentType))) {
      const { body, isBase64Encoded } = request.event;
      request.event.body = isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body;
      return;
    }
    if (!json) {
      throw createError(415, `the body must be sent as ${accepted}, not ${contentType ?? 'no content-type'}`);
    }
    try {
      await parser.before?.(request);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      if (error.statusCode === 415) {
        const received = contentType ?? 'no content-type';
        throw createError(415, `the body must be sent as ${accepted}, not ${received}`, { cause: error });
      }
      // middy answers 422 for JSON it cannot parse; for us that is malformed input, a 400.
      throw new InvalidInputError('the request body is not valid JSON', [{ path: ['body'], message: error.message }], {
        cause: error,
      });
    }
  };

  return { before: jsonBodyBefore };
};
