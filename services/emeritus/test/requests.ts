import { httpEvent } from '@platform/kit/testing';

/** JWT claims of an HQ staff member, as API Gateway passes them on. */
export const hqStaff = { sub: 'staff-1', 'cognito:groups': '[hq-staff]' };
export const finance = { sub: 'fin-1', 'cognito:groups': '[finance]' };

/** A request to an emeritus route, from HQ staff unless other claims (or `null`, none) are given. */
export const request = (
  method: string,
  path: string,
  {
    routePath = path,
    json,
    pathParameters,
    query,
    claims = hqStaff,
  }: {
    routePath?: string;
    json?: unknown;
    pathParameters?: Record<string, string>;
    query?: Record<string, string>;
    claims?: Record<string, string> | null;
  } = {},
) =>
  httpEvent({
    method,
    path,
    routePath,
    headers: { 'x-correlation-id': 'corr-1' },
    ...(json === undefined ? {} : { json }),
    ...(pathParameters === undefined ? {} : { pathParameters }),
    ...(query === undefined ? {} : { queryStringParameters: query }),
    ...(claims === null ? {} : { claims }),
  });

/** The parsed JSON body of a response. */
export const bodyOf = (response: { body?: string }): Record<string, unknown> => JSON.parse(response.body ?? '{}') as Record<string, unknown>;
