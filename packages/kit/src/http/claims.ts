import { roles } from './types.ts';
import type { Caller, Role } from './types.ts';

type ClaimValue = string | number | boolean | string[];

const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value);

// The forms the groups claim arrives in, and only those: a real array (a Lambda invoked directly), a JSON
// array string, the `[a b]` rendering of an array that API Gateway HTTP APIs pass (space-separated: Cognito
// group names cannot hold whitespace, but they can hold commas, so a comma never separates two groups), or
// a single bare value. Every group is matched whole: `readers,finance` is one group, and no role.
const groupsOf = (claim: ClaimValue | undefined): string[] => {
  if (claim === undefined) return [];
  if (Array.isArray(claim)) return claim;
  const text = String(claim).trim();
  if (text.startsWith('[') && text.endsWith(']')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.filter((group): group is string => typeof group === 'string');
    } catch {
      // Not JSON, so API Gateway's rendering.
    }
    return text.slice(1, -1).split(/\s+/).filter(Boolean);
  }
  return text === '' ? [] : [text];
};

/**
 * The caller a set of verified JWT claims describes, or `undefined` when they name no subject. Groups that
 * are not platform roles are ignored; a group is a role only when its whole name is the role's.
 *
 * @example
 * ```ts
 * callerFromClaims({ sub: 'u-1', 'cognito:groups': '[hq-staff finance]' }); // { id: 'u-1', roles: ['hq-staff', 'finance'] }
 * ```
 */
export const callerFromClaims = (claims: Record<string, ClaimValue> | undefined): Caller | undefined => {
  const sub = claims?.sub;
  if (typeof sub !== 'string' || sub === '') return undefined;
  return { id: sub, roles: [...new Set(groupsOf(claims?.['cognito:groups']).filter(isRole))] };
};
