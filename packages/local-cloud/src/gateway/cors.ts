import type { IncomingMessage } from 'node:http';

/** A CORS policy as API Gateway's HTTP API applies it, with every origin already resolved to a URL. */
export interface CorsPolicy {
  readonly allowOrigins: readonly string[];
  readonly allowHeaders: readonly string[];
  readonly allowMethods: readonly string[];
  readonly exposeHeaders: readonly string[];
  readonly allowCredentials: boolean;
  readonly maxAgeSeconds: number | undefined;
}

const allowed = (policy: CorsPolicy, origin: string | undefined): origin is string =>
  origin !== undefined && (policy.allowOrigins.includes('*') || policy.allowOrigins.includes(origin));

/**
 * Whether the request is a CORS preflight, which API Gateway answers itself, without invoking a route.
 *
 * @example
 * if (isPreflight(request)) return send(response, 204, preflightHeaders(policy, request), '');
 */
export const isPreflight = (request: IncomingMessage): boolean =>
  request.method === 'OPTIONS' && request.headers.origin !== undefined && request.headers['access-control-request-method'] !== undefined;

/**
 * The headers of API Gateway's answer to a preflight: the policy's methods, headers and max age for an
 * allowed origin; none at all for another (the browser then refuses the call).
 *
 * @example
 * preflightHeaders(policy, request); // { 'access-control-allow-origin': 'http://localhost:3001', ... }
 */
export const preflightHeaders = (policy: CorsPolicy | undefined, request: IncomingMessage): Record<string, string> => {
  const origin = request.headers.origin;
  if (!policy || !allowed(policy, origin)) return {};
  return {
    'access-control-allow-origin': policy.allowOrigins.includes('*') && !policy.allowCredentials ? '*' : origin,
    'access-control-allow-methods': policy.allowMethods.join(','),
    'access-control-allow-headers': policy.allowHeaders.join(','),
    ...(policy.maxAgeSeconds === undefined ? {} : { 'access-control-max-age': String(policy.maxAgeSeconds) }),
    ...(policy.allowCredentials ? { 'access-control-allow-credentials': 'true' } : {}),
    vary: 'origin',
  };
};

/**
 * The CORS headers API Gateway adds to a route's answer for the request's origin (and that replace any a
 * function set itself); none for an origin the policy does not allow.
 *
 * @example
 * const headers = { ...fromFunction, ...responseCorsHeaders(policy, request.headers.origin) };
 */
export const responseCorsHeaders = (policy: CorsPolicy | undefined, origin: string | undefined): Record<string, string> => {
  if (!policy || !allowed(policy, origin)) return {};
  return {
    'access-control-allow-origin': policy.allowOrigins.includes('*') && !policy.allowCredentials ? '*' : origin,
    ...(policy.exposeHeaders.length > 0 ? { 'access-control-expose-headers': policy.exposeHeaders.join(',') } : {}),
    ...(policy.allowCredentials ? { 'access-control-allow-credentials': 'true' } : {}),
    vary: 'origin',
  };
};
