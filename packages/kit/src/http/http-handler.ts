import type { Logger } from '@aws-lambda-powertools/logger';
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
import { routeAccess } from './route-access.ts';
import type { RouteCaller, RouteContract, RouteRequest } from './route-contract.ts';
import { routeKeyOf } from './route-contract.ts';
import { routeInput } from './route-input.ts';
import type { HttpContext, HttpEvent, HttpLambdaContext, HttpMiddleware, HttpResult } from './types.ts';

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
 * A route's logic as {@link httpHandler} calls it with a contract: the request validated against the
 * contract (and typed by it) and the context in, a status and body out.
 *
 * @example
 * ```ts
 * const route: ContractRouteHandler<typeof getPing> = async ({ params }, { caller }) => ({ status: 200, body: params.pingId });
 * ```
 */
export type ContractRouteHandler<C extends RouteContract> = (
  request: RouteRequest<C>,
  context: HttpContext<RouteCaller<C>>,
) => Promise<HttpResult>;

const send = (result: HttpResult): APIGatewayProxyStructuredResultV2 => {
  if ('text' in result) {
    return { statusCode: result.status, headers: { ...result.headers, 'content-type': result.contentType }, body: result.text };
  }
  const { status, body, headers } = result;
  if (body === undefined) return { statusCode: status, headers: { ...headers } };
  return { statusCode: status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
};

type Middlewares = Parameters<middy.MiddyfiedHandler<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Error, HttpLambdaContext>['use']>[0];

// After and onError middlewares run in reverse order: the problem response is built before the
// correlation id is echoed on it, and both before the logger's per-request keys are cleared.
const wrapped = (
  respond: (event: HttpEvent, context: HttpLambdaContext) => Promise<APIGatewayProxyStructuredResultV2>,
  log: Logger,
  middlewares: HttpMiddleware[],
): HttpLambdaHandler =>
  middy<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Error, HttpLambdaContext>(respond).use([
    // logEvent: false overrides POWERTOOLS_LOGGER_LOG_EVENT: request bodies must never reach the logs.
    injectLambdaContext(log, { resetKeys: true, logEvent: false }),
    httpHeaderNormalizer(),
    correlationId({ logger: log }),
    errorResponse({ logger: log }),
    ...middlewares,
  ] as Middlewares);

const contractHandler = <C extends RouteContract>(contract: C, route: ContractRouteHandler<C>, log: Logger): HttpLambdaHandler => {
  const takesBody = contract.body !== undefined || contract.textBody !== undefined;
  const respond = async (event: HttpEvent, context: HttpLambdaContext): Promise<APIGatewayProxyStructuredResultV2> => {
    // The middlewares below have set all three: the caller on every route with roles (a public route's
    // handler is typed to take an undefined one), the correlation id and the parsed input always.
    const input = context.input as { params: unknown; query: unknown; body: unknown };
    const request = { params: input.params, query: input.query, body: input.body, event } as RouteRequest<C>;
    const routeContext = { caller: context.caller, correlationId: context.correlationId as string, logger: log } as HttpContext<RouteCaller<C>>;
    return send(await route(request, routeContext));
  };
  return wrapped(respond, log, [
    caller({ auth: contract.access === 'public' ? 'none' : 'required' }),
    // The access is checked before any middleware reads the body: a caller without the role learns
    // nothing of what the route expects, not even its media types.
    routeAccess(contract),
    ...(takesBody ? [jsonBody({ text: contract.textBody ?? [], json: contract.body !== undefined })] : []),
    routeInput(contract),
  ]);
};

/**
 * Wraps a route's logic in the kit's middlewares, enforcing its {@link RouteContract}, in this order: header
 * normalisation; a correlation id (taken from `x-correlation-id` or made up, logged and echoed); the mapping
 * of any thrown error to `application/problem+json`; the caller from the JWT claims (401 without one, unless
 * the route is public); the route's access (403 naming its roles for a caller holding none of them), all
 * **before the body is read**; then the body (JSON if the contract has `body`, text for its `textBody`
 * types, a 415 for any other, never read on a route with neither); then the path parameters, query and body
 * against the contract's schemas (one 400 listing every issue). The route receives them parsed and typed.
 *
 * It returns `{ status, body }`, `body` sent as JSON, or `{ status, text, contentType }`, sent as is (a CSV
 * download, a calendar feed). One function may serve several routes of the same shape: given a list of
 * contracts, it applies the one whose route key is the event's.
 *
 * @example
 * ```ts
 * export const getPingHandler = (pings: PingStore) =>
 *   httpHandler(getPing, async ({ params }, { caller }) => {
 *     const ping = await pings.get(params.pingId);
 *     if (ping === undefined || ping.recordedBy !== caller.id) throw new PingNotFoundError(params.pingId);
 *     return { status: 200, body: ping };
 *   });
 * ```
 */
export const httpHandler = <const C extends RouteContract>(contract: C | readonly C[], route: ContractRouteHandler<C>): HttpLambdaHandler => {
  const log = logger();
  const contracts: readonly C[] = Array.isArray(contract) ? contract : [contract as C];
  const handlers = new Map(contracts.map((each) => [routeKeyOf(each), contractHandler(each, route, log)]));
  const [only] = handlers.values();
  if (handlers.size === 1 && only !== undefined) return only;
  return async (event, context) => {
    const handler = handlers.get(event.routeKey);
    // A wiring mistake, not a request's fault: the function was routed a key none of its contracts has.
    if (handler === undefined) throw new Error(`this function serves ${[...handlers.keys()].join(', ')}, not ${event.routeKey}`);
    return handler(event, context);
  };
};
