import type { UserManager } from 'oidc-client-ts';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../components/layout/page-title.ts';

/** Where the sign-in service sends the browser back: exchanges the code, then returns to where the user was. */
export function CallbackPage({ manager }: { manager: UserManager }) {
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const once = useRef(false);
  usePageTitle(failed ? 'You could not be signed in' : 'Signing you in');
  useEffect(() => {
    if (once.current) return;
    once.current = true;
    manager
      .signinRedirectCallback()
      .then((user) => {
        const returnTo = (user.state as { returnTo?: string } | undefined)?.returnTo;
        // Only a path of the console itself: never an address the sign-in round trip could have been given.
        navigate(returnTo?.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/', { replace: true });
      })
      .catch(() => setFailed(true));
  }, [manager, navigate]);
  if (!failed) return <p className="govuk-body" role="status">Signing you in…</p>;
  return (
    <>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        You could not be signed in
      </h1>
      <p className="govuk-body">The sign-in did not complete, or took too long. Try again.</p>
      <button type="button" className="govuk-button" onClick={() => void manager.signinRedirect({ state: { returnTo: '/' } })}>
        Sign in
      </button>
    </>
  );
}
