import { Link } from 'react-router';
import { ApiProblemError } from '../../api/problem.ts';
import { usePageTitle } from '../layout/page-title.ts';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Page not found
      </h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to the start
        </Link>
      </p>
    </>
  );
}

export function NoAccessPage() {
  usePageTitle('You cannot use this page');
  return (
    <>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        You cannot use this page
      </h1>
      <p className="govuk-body">Your account does not give you access to this part of the platform.</p>
      <p className="govuk-body">If you think it should, ask the platform's administrators to add you to the right group.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to the start
        </Link>
      </p>
    </>
  );
}

/** A fault of the service: what to do, and the reference to quote. Never a stack or an internal name. */
export function ProblemPage({ error }: { error: unknown }) {
  usePageTitle('Sorry, there is a problem with the service');
  const correlationId = error instanceof ApiProblemError ? error.correlationId : undefined;
  const unreachable = error instanceof ApiProblemError && error.status === 0;
  return (
    <>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Sorry, there is a problem with the service
      </h1>
      {unreachable ? (
        <p className="govuk-body">The service could not be reached. Check your connection and try again.</p>
      ) : (
        <p className="govuk-body">Try again later. Nothing you entered has been lost from this page until you leave it.</p>
      )}
      {correlationId ? (
        <p className="govuk-body">
          If you contact the platform team about this, quote the reference <strong className="govuk-!-font-weight-bold">{correlationId}</strong>.
        </p>
      ) : null}
    </>
  );
}

/** The page a failed read shows: not found for a 404 (another's record too), access for a 403, else the fault. */
export function ReadFailure({ error }: { error: unknown }) {
  if (error instanceof ApiProblemError && error.status === 404) return <NotFoundPage />;
  if (error instanceof ApiProblemError && error.status === 403) return <NoAccessPage />;
  return <ProblemPage error={error} />;
}
