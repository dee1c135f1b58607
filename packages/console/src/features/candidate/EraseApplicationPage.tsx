import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isProblem } from '../../api/problem.ts';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage, ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { useApplication, useEraseApplication } from './queries.ts';

/**
 * Erasing is final, so it asks first, on its own page. An undecided application must be withdrawn to be
 * erased: the page says so and its button does both, which is the confirmation the API asks for.
 */
export function EraseApplicationPage() {
  const { applicationId = '' } = useParams();
  const application = useApplication(applicationId);
  const erase = useEraseApplication(applicationId);
  const navigate = useNavigate();
  const [errors, setErrors] = useState<{ fieldId: string; message: string }[]>([]);
  const undecided = application.data?.status === 'submitted';
  const title = undecided ? 'Withdraw your application and erase your information?' : 'Are you sure you want to erase your information?';
  usePageTitle(title, errors.length > 0);

  if (application.isError) return <ReadFailure error={application.error} />;
  if (erase.isError && !isProblem(erase.error, 409)) return <ProblemPage error={erase.error} />;
  if (application.isPending) return <p className="govuk-body" role="status">Loading the application…</p>;
  const back = `/applications/${encodeURIComponent(applicationId)}`;

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    erase.mutate(undecided, {
      onSuccess: () => navigate(back),
      onError: (error) => {
        if (isProblem(error, 409)) setErrors([{ fieldId: 'erase', message: 'Your application is still waiting for a decision, so it must be withdrawn before your information can be erased. Check the page again and confirm.' }]);
      },
    });
  };

  return (
    <>
      <Link to={back} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span className="govuk-caption-l">Application {applicationId}</span>
          <h1 className="govuk-heading-l" tabIndex={-1}>
            {title}
          </h1>
          {undecided ? (
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                Your application has not been decided yet. To erase your information we must first withdraw it, so the panel will not consider it.
              </strong>
            </div>
          ) : null}
          <p className="govuk-body">We will erase the groups you chose, how you described yourself and your statement. You cannot undo this.</p>
          <p className="govuk-body">
            We keep the amounts, dates and decisions, which the fund’s accounts need. Backups keep the erased information for up to 35 days before they are deleted.
          </p>
          <form noValidate onSubmit={confirm}>
            <div className="govuk-button-group">
              <button id="erase" type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button" disabled={erase.isPending} aria-disabled={erase.isPending}>
                {undecided ? 'Yes, withdraw it and erase my information' : 'Yes, erase my information'}
              </button>
              <Link className="govuk-link" to={back}>
                No, keep it
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}
