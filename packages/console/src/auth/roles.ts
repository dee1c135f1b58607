/** The platform's roles, as the `cognito:groups` claim carries them. */
export const roles = ['hq-staff', 'finance', 'candidate'] as const;
export type Role = (typeof roles)[number];

const isRole = (value: unknown): value is Role => typeof value === 'string' && (roles as readonly string[]).includes(value);

/**
 * The roles a token's profile names. Only what the console shows follows from them: the API checks every
 * request itself.
 */
export const rolesOf = (profile: Record<string, unknown> | undefined): Role[] => {
  const groups = profile?.['cognito:groups'];
  if (Array.isArray(groups)) return groups.filter(isRole);
  return isRole(groups) ? [groups] : [];
};

export const roleNames: Record<Role, string> = {
  'hq-staff': 'HQ staff',
  finance: 'Finance',
  candidate: 'Candidate',
};
