import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { isProblem } from '../../api/problem.ts';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage, ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { useFinanceApplication } from '../applications/queries.ts';
import type { ErasureRefusal } from './EraseOnBehalfPage.tsx';
import { eraseRefusal } from './erasure-words.ts';
import { useEraseOnBehalf } from './queries.ts';
import { ApplicationStepHeading } from '../applications/ApplicationStepHeading.tsx';

/** What the erase page hands the result page: whether the application was withdrawn first. */
export interface Erased {
  readonly withdrawn: boolean;
}

/**
 * Erasing is final, so finance confirms it here, with a warning button. An undecided application is withdrawn
 * first: the page says so, and its button is the confirmation the API asks for.
 */
export function CheckErasurePage() {
  const { applicationId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const application = useFinanceApplication(applicationId);
  const erase = useEraseOnBehalf(applicationId);
  const title = 'Are you sure you want to erase this candidate’s information?';
  usePageTitle(title, erase.isError);
  const base = `/fund/applications/${encodeURIComponent(applicationId)}`;
  const reason = params.get('reason')?.trim() ?? '';
  const change = `${base}/erase?${new URLSearchParams({ reason }).toString()}`;
  if (application.isError) return <ReadFailure error={application.error} />;
  if (erase.isError && !isProblem(erase.error, 400, 409, 422)) return <ProblemPage error={erase.error} />;
  if (application.isPending) return <p className="govuk-body" role="status">Loading the application…</p>;
  if (reason === '') return <Navigate to={`${base}/erase`} replace />;
  if (application.data.erasure && erase.isIdle) return <Navigate to={base} replace />;
  const found = application.data;
  const undecided = found.status === 'submitted';

  const send = () =>
    erase.mutate(
      { reason, withdraw: undecided },
      {
        onSuccess: () => navigate(`${base}/erased`, { replace: true, state: { withdrawn: undecided } satisfies Erased }),
        onError: (error) => {
          // A missing or invalid reason goes back to its question; the undecided case stays here, to confirm again.
          if (isProblem(error, 400, 422)) navigate(change, { replace: true, state: { refusal: { message: eraseRefusal(error.status, error.detail) } satisfies ErasureRefusal } });
          if (isProblem(error, 409)) void application.refetch();
        },
      },
    );

  return (
    <>
      <Link to={change} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {erase.isError && isProblem(erase.error, 409) ? <ErrorSummary errors={[{ fieldId: 'erase', message: eraseRefusal(409, erase.error.detail) }]} /> : null}
          <ApplicationStepHeading application={found} title={title} />
          <SummaryList
            rows={[
              { key: 'Application', value: found.applicationId },
              { key: 'Candidate', value: found.candidateId },
              { key: 'Reason for erasing', value: <p className="govuk-body app-pre-wrap">{reason}</p>, change: { to: change, label: 'reason for erasing' } },
            ]}
          />
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              {undecided
                ? 'This application has not been decided yet. It will be withdrawn first, so the panel will not consider it. Then the groups, how the candidate described themselves and their statement are erased. You cannot undo this.'
                : 'The groups, how the candidate described themselves and their statement will be erased. You cannot undo this.'}
            </strong>
          </div>
          <div className="govuk-button-group">
            <button id="erase" type="button" className="govuk-button govuk-button--warning" data-module="govuk-button" disabled={erase.isPending} aria-disabled={erase.isPending} onClick={send}>
              {undecided ? 'Withdraw it and erase the information' : 'Erase the information'}
            </button>
            <Link className="govuk-link" to={base}>
              No, keep it
            </Link>
          </div>
        </div>
      </div>
    </>
  );
}
