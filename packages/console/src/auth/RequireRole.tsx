import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { NoAccessPage } from '../components/problem/ProblemPages.tsx';
import type { Role } from './roles.ts';
import { useSession } from './session.tsx';

/**
 * Shows its page only to a signed-in caller holding one of `roles`; sends anyone signed out to sign in and
 * back here. This only decides what the console shows: the API checks every request itself.
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const session = useSession();
  const signedOut = session.ready && session.user === undefined;
  useEffect(() => {
    if (signedOut) void session.signIn();
  }, [signedOut, session]);
  if (!session.ready || signedOut) return <p className="govuk-body" role="status">Signing you in…</p>;
  if (!roles.some((role) => session.roles.includes(role))) return <NoAccessPage />;
  return <>{children}</>;
}
