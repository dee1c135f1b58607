import { lazy, Suspense } from 'react';
import { Link, Navigate } from 'react-router';
import { useSession } from '../../auth/session.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';

// Only HQ staff see what needs attention: candidates, most of the console's users, never fetch it.
const StaffAttention = lazy(async () => ({ default: (await import('./StaffAttention.tsx')).StaffAttention }));
const DeadLetterAttention = lazy(async () => ({ default: (await import('./DeadLetterAttention.tsx')).DeadLetterAttention }));

/** Signed out: what the platform is, and sign in. A candidate goes to their applications; HQ staff see what needs attention. */
export function HomePage() {
  const session = useSession();
  usePageTitle('Home');
  if (session.ready && session.roles.length === 1 && session.roles[0] === 'candidate') return <Navigate to="/applications" replace />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl" tabIndex={-1}>
          Selections platform
        </h1>
        <p className="govuk-body-l">Parliamentary candidate selections, the emeritus register and the Diversity Fund, in one place.</p>
        {session.user ? (
          <>
            <ul className="govuk-list">
              {session.roles.includes('hq-staff') ? (
                <li>
                  <Link className="govuk-link" to="/seats">
                    Seats
                  </Link>
                </li>
              ) : null}
              <li>
                <Link className="govuk-link" to="/api">
                  API reference
                </Link>
              </li>
            </ul>
            {session.roles.includes('hq-staff') ? (
              <Suspense fallback={<p className="govuk-body" role="status">Loading what needs attention…</p>}>
                <StaffAttention />
              </Suspense>
            ) : null}
            {session.roles.includes('hq-staff') || session.roles.includes('finance') ? (
              <Suspense fallback={null}>
                <DeadLetterAttention />
              </Suspense>
            ) : null}
          </>
        ) : (
          <>
            <p className="govuk-body">Sign in with the account the party gave you. HQ staff, finance staff and candidates each see what their role allows.</p>
            <button type="button" className="govuk-button govuk-button--start" data-module="govuk-button" onClick={() => void session.signIn('/')}>
              Sign in
            </button>
            <p className="govuk-body">
              Standing for selection?{' '}
              <Link className="govuk-link" to="/fund">
                Read about the Diversity Fund
              </Link>
              .
            </p>
          </>
        )}
      </div>
    </div>
  );
}
