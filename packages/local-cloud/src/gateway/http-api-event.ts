import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import type { RouteMatch } from './route-matcher.ts';

const TEXT_CONTENT = /^(text\/|application\/(json|problem\+json|xml|x-www-form-urlencoded|javascript)|[^;]*\+json|[^;]*\+xml)/i;

const joinedHeaders = (request: IncomingMessage): Record<string, string> => {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name === 'cookie') continue;
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  return headers;
};

const queryParameters = (search: URLSearchParams): Record<string, string> | undefined => {
  const parameters: Record<string, string> = {};
  for (const [name, value] of search) parameters[name] = name in parameters ? `${parameters[name]},${value}` : value;
  return Object.keys(parameters).length ? parameters : undefined;
};

/**
 * Builds the API Gateway HTTP API payload format 2.0 event for a request, with the claims
 * of a verified token where the route has a JWT authorizer.
 *
 * @example
 * const event = httpApiEvent({ request, url, body, match, claims, apiHost: 'localhost:3000' });
 */
export const httpApiEvent = ({
  request,
  url,
  body,
  match,
  claims,
}: {
  request: IncomingMessage;
  url: URL;
  body: Buffer;
  match: RouteMatch;
  claims: Record<string, string> | undefined;
}): APIGatewayProxyEventV2WithJWTAuthorizer => {
  const headers = joinedHeaders(request);
  const now = new Date();
  const contentType = headers['content-type'] ?? '';
  const isText = body.length === 0 || TEXT_CONTENT.test(contentType);
  const cookies = request.headers.cookie?.split(';').map((cookie) => cookie.trim());
  const requestId = randomUUID();
  const event = {
    version: '2.0',
    routeKey: match.route.routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.replace(/^\?/, ''),
    ...(cookies ? { cookies } : {}),
    headers,
    ...(queryParameters(url.searchParams) ? { queryStringParameters: queryParameters(url.searchParams) } : {}),
    ...(match.pathParameters ? { pathParameters: match.pathParameters } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: url.host,
      domainPrefix: url.hostname.split('.')[0] ?? url.hostname,
      http: {
        method: request.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId,
      routeKey: match.route.routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
      ...(claims ? { authorizer: { principalId: '', integrationLatency: 0, jwt: { claims, scopes: [] as string[] } } } : {}),
    },
    ...(body.length ? { body: isText ? body.toString('utf8') : body.toString('base64') } : {}),
    isBase64Encoded: !isText,
  };
  return event as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
};
