import { Identifier } from '@platform/events';
import { UnauthenticatedError } from '../errors.ts';
import { callerFromClaims } from './claims.ts';
import type { AuthMode, HttpMiddleware } from './types.ts';

const defaults: { auth: AuthMode } = { auth: 'required' };

/**
 * Middleware that puts the caller, read from the JWT claims API Gateway has already verified, on
 * `context.caller`. On a route that requires auth, a request without claims fails with
 * {@link UnauthenticatedError} (a 401); with `{ auth: 'none' }` the caller is simply left undefined. A
 * token whose `sub` is not an {@link Identifier} is a 401 on every route: the caller's id becomes a
 * candidate's id, stored in keys and items and written to logs, so it is checked here, once, like any id.
 *
 * @example
 * ```ts
 * const handler = middy(base).use(caller({ auth: 'required' }));
 * ```
 */
export const caller = (options: Partial<typeof defaults> = {}): HttpMiddleware => {
  const { auth } = { ...defaults, ...options };

  const callerBefore: HttpMiddleware['before'] = (request) => {
    // Public routes have no authorizer at all, whatever the event's type says.
    const found = callerFromClaims(request.event.requestContext.authorizer?.jwt?.claims);
    if (found === undefined && auth === 'required') {
      throw new UnauthenticatedError('this route needs a signed-in caller, and the request carried no verified token');
    }
    if (found !== undefined && !Identifier.safeParse(found.id).success) {
      // The detail never echoes the subject: it is whatever the token's issuer let through.
      throw new UnauthenticatedError(
        "the token's subject (sub) is not an identifier: it must be 1 to 128 letters, digits, dots, underscores, colons or hyphens, starting with a letter or digit",
      );
    }
    request.context.caller = found;
  };

  return { before: callerBefore };
};
