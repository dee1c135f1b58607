import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { Textarea } from '../../components/fields/Textarea.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { MAX_REASON_LENGTH } from '../applications/decision-answers.ts';
import { useFinanceApplication } from '../applications/queries.ts';
import { ERASE_REASON_ID } from './erasure-words.ts';
import { ApplicationStepHeading } from '../applications/ApplicationStepHeading.tsx';

/** What the check page hands back when the API refused the erasure: the message for the reason. */
export interface ErasureRefusal {
  readonly message: string;
}

type FinanceApplication = NonNullable<ReturnType<typeof useFinanceApplication>['data']>;

/**
 * The check page's address, carrying the reason as the decision's check page carries its answers.
 *
 * @example
 * checkErasureHref('app-1', 'Letter of 1 May'); // '/fund/applications/app-1/erase/check?reason=Letter+of+1+May'
 */
export const checkErasureHref = (applicationId: string, reason: string): string =>
  `/fund/applications/${encodeURIComponent(applicationId)}/erase/check?${new URLSearchParams({ reason }).toString()}`;

function ReasonForm({ application }: { application: FinanceApplication }) {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const refusal = (location.state as { refusal?: ErasureRefusal } | null)?.refusal;
  const [reason, setReason] = useState(() => params.get('reason') ?? '');
  const [error, setError] = useState<string | undefined>(refusal?.message);
  const title = 'Erase this candidate’s information';
  usePageTitle(title, error !== undefined);
  const base = `/fund/applications/${encodeURIComponent(application.applicationId)}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed === '') return setError('Enter the reason for erasing the candidate’s information, such as the date and reference of their letter');
    if ([...trimmed].length > MAX_REASON_LENGTH) return setError(`The reason must be ${MAX_REASON_LENGTH.toLocaleString('en-GB')} characters or fewer`);
    navigate(checkErasureHref(application.applicationId, trimmed));
  };

  return (
    <>
      <Link to={base} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={error === undefined ? [] : [{ fieldId: ERASE_REASON_ID, message: error }]} />
          <ApplicationStepHeading application={application} title={title} />
          <p className="govuk-body">Do this when the candidate has asked another way, such as by letter, for their information to be erased.</p>
          <p className="govuk-body">
            The groups they chose, how they described themselves and their statement will be erased. The amounts, dates, decisions and history are kept for the fund’s accounts.
          </p>
          {application.status === 'submitted' ? (
            <div className="govuk-inset-text">This application has not been decided yet, so it will be withdrawn first.</div>
          ) : null}
          <form noValidate onSubmit={submit}>
            <Textarea
              id={ERASE_REASON_ID}
              label="Reason for erasing"
              hint="The request you are acting on, such as the date and reference of the candidate’s letter. It is kept in the list of erasures."
              rows={4}
              maxLength={MAX_REASON_LENGTH}
              value={reason}
              onChange={setReason}
              error={error}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Continue
            </button>
          </form>
        </div>
      </div>
    </>
  );
}

/** Finance's first step to erase an application's special category data on the candidate's behalf: the reason. */
export function EraseOnBehalfPage() {
  const { applicationId = '' } = useParams();
  const application = useFinanceApplication(applicationId);
  if (application.isError) return <ReadFailure error={application.error} />;
  if (application.isPending) return <p className="govuk-body" role="status">Loading the application…</p>;
  // Erased already: there is nothing left to erase, and the application page says when and why.
  if (application.data.erasure) return <Navigate to={`/fund/applications/${encodeURIComponent(applicationId)}`} replace />;
  return <ReasonForm application={application.data} />;
}
