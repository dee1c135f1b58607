import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import { logger } from '../logging/logger.ts';
import { caller } from './caller.ts';
import { correlationId } from './correlation-id.ts';
import { errorResponse } from './error-response.ts';
import { jsonBody } from './json-body.ts';
import type { AuthMode, Caller, HttpContext, HttpEvent, HttpLambdaContext, HttpResult } from './types.ts';

/**
 * A route's logic as the kit calls it: the parsed request and its context in, a status and body out.
 *
 * @example
 * ```ts
 * const getHealth: RouteHandler<Caller | undefined> = async () => ({ status: 200, body: { status: 'ok' } });
 * ```
 */
export type RouteHandler<TCaller extends Caller | undefined = Caller> = (
  event: HttpEvent,
  context: HttpContext<TCaller>,
) => Promise<HttpResult>;

/**
 * The Lambda handler {@link httpHandler} returns, for an API Gateway HTTP API (payload v2) route.
 *
 * @example
 * ```ts
 * const response = await handler(event, context);
 * ```
 */
export type HttpLambdaHandler = (
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

/**
 * Wraps a route's logic in the kit's middlewares: header normalisation, a correlation id (taken from
 * `x-correlation-id` or made up, logged and echoed), JSON body parsing, the caller from the JWT claims, and
 * the mapping of any thrown error to `application/problem+json`. The route returns `{ status, body }`;
 * `body` is sent as JSON. A route may instead return `{ status, text, contentType }`, sent as is (a CSV
 * download, a calendar feed). Routes require a caller unless given `{ auth: 'none' }`. A route that takes a
 * non-JSON body lists its media types in `acceptText` and receives that body as a string.
 *
 * @example
 * ```ts
 * export const handler = httpHandler(async (event, { caller }) => {
 *   requireRole(caller, ...roles); // before reading the request: a caller without the role learns nothing of it
 *   const { pingId } = parse(GetPingPath, event.pathParameters, 'path');
 *   return { status: 200, body: await pings.get(pingId) };
 * });
 * ```
 */
export function httpHandler(
  route: RouteHandler<Caller>,
  options?: { auth?: 'required'; acceptText?: readonly string[] },
): HttpLambdaHandler;
export function httpHandler(
  route: RouteHandler<Caller | undefined>,
  options: { auth: 'none'; acceptText?: readonly string[] },
): HttpLambdaHandler;
export function httpHandler(
  route: RouteHandler<Caller>,
  { auth = 'required', acceptText = [] }: { auth?: AuthMode; acceptText?: readonly string[] } = {},
): HttpLambdaHandler {
  const log = logger();

  const respond = async (event: HttpEvent, context: HttpLambdaContext): Promise<APIGatewayProxyStructuredResultV2> => {
    // The middlewares below have set both: the caller whenever auth is required (a route with auth 'none'
    // was typed to accept an undefined caller), and the correlation id always.
    const result = await route(event, {
      caller: context.caller as Caller,
      correlationId: context.correlationId as string,
      logger: log,
    });
    if ('text' in result) {
      return { statusCode: result.status, headers: { ...result.headers, 'content-type': result.contentType }, body: result.text };
    }
    const { status, body, headers } = result;
    if (body === undefined) return { statusCode: status, headers: { ...headers } };
    return {
      statusCode: status,
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    };
  };

  // After and onError middlewares run in reverse order: the problem response is built before the
  // correlation id is echoed on it, and both before the logger's per-request keys are cleared.
  return middy<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Error, HttpLambdaContext>(
    respond,
  ).use([
    // logEvent: false overrides POWERTOOLS_LOGGER_LOG_EVENT: request bodies must never reach the logs.
    injectLambdaContext(log, { resetKeys: true, logEvent: false }),
    httpHeaderNormalizer(),
    correlationId({ logger: log }),
    errorResponse({ logger: log }),
    jsonBody({ text: acceptText }),
    caller({ auth }),
  ]);
}
