import { requireRole } from './require-role.ts';
import type { RouteContract } from './route-contract.ts';
import type { HttpMiddleware } from './types.ts';

/**
 * Middleware that lets through only a caller holding one of the route's roles, and otherwise fails with
 * {@link ForbiddenError} (a 403) naming them. It runs after {@link caller} (which answers 401 without a
 * caller) and before any middleware that reads the body, so a caller without the role learns nothing of
 * what the route expects: not its media types, nor its fields. A public route lets everyone through.
 *
 * @example
 * ```ts
 * const handler = middy(base).use(caller({ auth: 'required' })).use(routeAccess({ access: ['finance'] })).use(jsonBody());
 * ```
 */
export const routeAccess = ({ access }: Pick<RouteContract, 'access'>): HttpMiddleware => {
  const routeAccessBefore: HttpMiddleware['before'] = (request) => {
    if (access === 'public') return;
    const found = request.context.caller;
    // The caller middleware has refused a request without one already; this guards a wrong order.
    if (found === undefined) throw new Error('routeAccess must run after the caller middleware');
    requireRole(found, ...access);
  };

  return { before: routeAccessBefore };
};
