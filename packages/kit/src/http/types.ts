import type { Logger } from '@aws-lambda-powertools/logger';
import type middy from '@middy/core';
import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';

/**
 * Every role a caller can hold, as Cognito groups.
 *
 * @example
 * ```ts
 * defineRoute({ method: 'POST', path: '/health/pings', summary: 'Record a ping', access: roles, responses: { 202: { description: 'Stored' } } }); // any role at all
 * ```
 */
export const roles = ['hq-staff', 'finance', 'candidate'] as const;

/**
 * A role a caller can hold.
 *
 * @example
 * ```ts
 * const approver: Role = 'finance';
 * ```
 */
export type Role = (typeof roles)[number];

/**
 * Who is calling: the token's subject and the platform roles among its groups.
 *
 * @example
 * ```ts
 * const caller: Caller = { id: 'c0ffee00-sub', roles: ['hq-staff'] };
 * ```
 */
export interface Caller {
  id: string;
  roles: Role[];
}

/**
 * Whether a route needs a caller. API Gateway authenticates the routes that do; `'none'` is for public
 * routes such as `/health` (a contract's `access: 'public'`).
 *
 * @example
 * ```ts
 * const handler = middy(base).use(caller({ auth: 'none' }));
 * ```
 */
export type AuthMode = 'required' | 'none';

/**
 * The API Gateway HTTP API (v2) request as a route sees it: headers normalised, and `body` the parsed JSON
 * (or text), or `undefined` when the request had none or the route takes none.
 *
 * @example
 * ```ts
 * httpHandler(getTimetableCalendarCsv, async ({ event }) => ({ status: 200, text: event.routeKey, contentType: 'text/plain' }));
 * ```
 */
export type HttpEvent = Omit<APIGatewayProxyEventV2WithJWTAuthorizer, 'body'> & { body?: unknown };

/**
 * What the kit hands a handler besides the event.
 *
 * @example
 * ```ts
 * httpHandler(recordPing, async (request, { caller, correlationId, logger }) => ({ status: 204 }));
 * ```
 */
export interface HttpContext<TCaller extends Caller | undefined = Caller> {
  caller: TCaller;
  correlationId: string;
  logger: Logger;
}

/**
 * What a handler returns, with a body sent as JSON (or no body at all).
 *
 * @example
 * ```ts
 * const result: JsonResult = { status: 202, body: ping, headers: { location: `/health/pings/${ping.pingId}` } };
 * ```
 */
export interface JsonResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * What a handler returns when the body is a document of another type, sent as is: a CSV download, a
 * calendar feed. `contentType` becomes the `content-type` header.
 *
 * @example
 * ```ts
 * const result: TextResult = { status: 200, text: 'a,b\r\n1,2\r\n', contentType: 'text/csv; charset=utf-8' };
 * ```
 */
export interface TextResult {
  status: number;
  text: string;
  contentType: string;
  headers?: Record<string, string>;
}

/**
 * What a handler returns: a JSON body ({@link JsonResult}) or a text document ({@link TextResult}).
 *
 * @example
 * ```ts
 * const result: HttpResult = { status: 202, body: ping, headers: { location: `/health/pings/${ping.pingId}` } };
 * ```
 */
export type HttpResult = JsonResult | TextResult;

/**
 * The Lambda context as the kit's middlewares leave it for the handler.
 *
 * @example
 * ```ts
 * const middleware = { before: (request: { context: HttpLambdaContext }) => request.context.correlationId };
 * ```
 */
export interface HttpLambdaContext extends Context {
  caller?: Caller;
  correlationId?: string;
  /** The request's path parameters, query and body as its route's schemas parsed them. */
  input?: { params: unknown; query: unknown; body: unknown };
}

/**
 * The shape of the kit's HTTP middlewares, for middy.
 *
 * @example
 * ```ts
 * const noop: HttpMiddleware = { before: () => undefined };
 * ```
 */
export type HttpMiddleware = middy.MiddlewareObj<
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
  Error,
  HttpLambdaContext
>;
