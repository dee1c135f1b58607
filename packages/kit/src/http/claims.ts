import { roles } from './types.ts';
import type { Caller, Role } from './types.ts';

type ClaimValue = string | number | boolean | string[];

const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value);

// API Gateway HTTP APIs flatten an array claim into a string such as "[hq-staff finance]", so the groups
// may arrive in that form, as a JSON array string, as a real array or as a single bare value.
const groupsOf = (claim: ClaimValue | undefined): string[] => {
  if (claim === undefined) return [];
  if (Array.isArray(claim)) return claim;
  const text = String(claim).trim();
  if (text.startsWith('[') && text.endsWith(']')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // Not JSON, so the API Gateway form: space-separated values between brackets.
    }
    return text.slice(1, -1).split(/[\s,]+/).filter(Boolean);
  }
  return text === '' ? [] : [text];
};

/**
 * The caller a set of verified JWT claims describes, or `undefined` when they name no subject. Groups that
 * are not platform roles are ignored.
 *
 * @example
 * ```ts
 * callerFromClaims({ sub: 'u-1', 'cognito:groups': '[hq-staff finance]' }); // { id: 'u-1', roles: ['hq-staff', 'finance'] }
 * ```
 */
export const callerFromClaims = (claims: Record<string, ClaimValue> | undefined): Caller | undefined => {
  const sub = claims?.sub;
  if (typeof sub !== 'string' || sub === '') return undefined;
  const groups = groupsOf(claims?.['cognito:groups']).map((group) => group.trim());
  return { id: sub, roles: [...new Set(groups.filter(isRole))] };
};
