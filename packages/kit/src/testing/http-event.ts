import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';

/**
 * What a test sets on an API Gateway HTTP API request; the rest has realistic defaults.
 *
 * @example
 * ```ts
 * const request: HttpEventOptions = { method: 'POST', path: '/health/pings', json: { message: 'hi' }, claims: { sub: 'u-1' } };
 * ```
 */
export interface HttpEventOptions {
  method?: string;
  path?: string;
  /** The route key's path with its parameters, e.g. `/health/pings/{pingId}`; defaults to `path`. */
  routePath?: string;
  headers?: Record<string, string>;
  pathParameters?: Record<string, string>;
  queryStringParameters?: Record<string, string>;
  /** A raw body, sent as is. */
  body?: string;
  /** A body to send as JSON, with `content-type: application/json`. */
  json?: unknown;
  /** Verified JWT claims; without them the request carries no authorizer, like a public route's. */
  claims?: Record<string, string | number | boolean | string[]>;
}

/**
 * An API Gateway HTTP API (payload v2) request as a JWT-authorised route receives it, fresh on each call.
 *
 * @example
 * ```ts
 * const event = httpEvent({ method: 'GET', path: '/health/pings/1', claims: { sub: 'u-1', 'cognito:groups': '[hq-staff]' } });
 * ```
 */
export const httpEvent = (options: HttpEventOptions = {}): APIGatewayProxyEventV2WithJWTAuthorizer => {
  const { method = 'GET', path = '/', headers = {}, claims } = options;
  const jsonHeaders: Record<string, string> = options.json === undefined ? {} : { 'content-type': 'application/json' };
  const body = options.json === undefined ? options.body : JSON.stringify(options.json);
  const requestContext = {
    accountId: '123456789012',
    apiId: 'api-id',
    domainName: 'api-id.execute-api.eu-west-2.amazonaws.com',
    domainPrefix: 'api-id',
    http: { method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'jest' },
    requestId: 'request-1',
    routeKey: `${method} ${options.routePath ?? path}`,
    stage: '$default',
    time: '01/Jan/2026:12:00:00 +0000',
    timeEpoch: 1_767_268_800_000,
    ...(claims === undefined
      ? {}
      : { authorizer: { principalId: '', integrationLatency: 0, jwt: { claims, scopes: [] } } }),
  };
  // API Gateway sends no authorizer on a route without one, which the type (for JWT routes) cannot express.
  return {
    version: '2.0',
    routeKey: requestContext.routeKey,
    rawPath: path,
    rawQueryString: new URLSearchParams(options.queryStringParameters).toString(),
    headers: { host: requestContext.domainName, ...jsonHeaders, ...headers },
    ...(options.queryStringParameters === undefined ? {} : { queryStringParameters: options.queryStringParameters }),
    ...(options.pathParameters === undefined ? {} : { pathParameters: options.pathParameters }),
    ...(body === undefined ? {} : { body }),
    isBase64Encoded: false,
    requestContext,
  } as APIGatewayProxyEventV2WithJWTAuthorizer;
};
