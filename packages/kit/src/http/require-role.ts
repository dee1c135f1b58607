import { ForbiddenError } from '../errors.ts';
import type { Caller, Role } from './types.ts';

/**
 * Lets the request through when the caller holds at least one of the roles given, and otherwise throws
 * {@link ForbiddenError} (a 403) naming the roles accepted.
 *
 * @example
 * ```ts
 * requireRole(caller, 'hq-staff', 'finance');
 * ```
 */
export const requireRole = (caller: Caller, ...accepted: [Role, ...Role[]]): void => {
  if (caller.roles.some((role) => accepted.includes(role))) return;
  const held = caller.roles.length > 0 ? `holds only ${caller.roles.join(', ')}` : 'holds no role';
  throw new ForbiddenError(`this action needs one of the roles ${accepted.join(', ')}; the caller ${held}`);
};
