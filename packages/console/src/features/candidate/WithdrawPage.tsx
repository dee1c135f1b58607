import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isProblem } from '../../api/problem.ts';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage, ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { useApplication, useWithdrawApplication } from './queries.ts';

/** Withdrawing is final, so it asks first, on its own page, and says what will happen. */
export function WithdrawPage() {
  const { applicationId = '' } = useParams();
  const application = useApplication(applicationId);
  const withdraw = useWithdrawApplication(applicationId);
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ fieldId: string; message: string }[]>([]);
  const title = 'Are you sure you want to withdraw your application?';
  usePageTitle(title, errors.length > 0);

  if (application.isError) return <ReadFailure error={application.error} />;
  if (withdraw.isError && !isProblem(withdraw.error, 400, 409)) return <ProblemPage error={withdraw.error} />;
  const back = `/applications/${encodeURIComponent(applicationId)}`;

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    withdraw.mutate(reason.trim() || undefined, {
      onSuccess: () => navigate(back),
      onError: (error) => {
        if (!isProblem(error, 400, 409)) return;
        setErrors(error.issues.length > 0 ? error.issues.map((issue) => ({ fieldId: 'reason', message: issue.message })) : [{ fieldId: 'withdraw', message: error.detail }]);
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
          <p className="govuk-body">The panel will not consider it. You cannot undo this, but you can make a new application.</p>
          <form noValidate onSubmit={confirm}>
            <TextInput id="reason" label="Why are you withdrawing? (optional)" value={reason} onChange={setReason} error={errors.find((error) => error.fieldId === 'reason')?.message} />
            <div className="govuk-button-group">
              <button id="withdraw" type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button" disabled={withdraw.isPending} aria-disabled={withdraw.isPending}>
                Yes, withdraw it
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
