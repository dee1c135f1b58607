import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { fieldIdOf, isProblem } from '../../api/problem.ts';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { Textarea } from '../../components/fields/Textarea.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage, ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { formatPence } from '../../money/pence.ts';
import { MAX_REASON_LENGTH, REASON_ID } from './decision-answers.ts';
import type { GrantDone } from './FinanceApplicationPage.tsx';
import { useCancelApproval, useFinanceApplication } from './queries.ts';
import { ApplicationStepHeading } from './ApplicationStepHeading.tsx';

type FinanceApplication = NonNullable<ReturnType<typeof useFinanceApplication>['data']>;

function CancelForm({ application, cancel }: { application: FinanceApplication; cancel: ReturnType<typeof useCancelApproval> }) {
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const title = 'Cancel the approval';
  usePageTitle(title, Object.keys(errors).length > 0);
  const base = `/fund/applications/${encodeURIComponent(application.applicationId)}`;
  if (cancel.isError && !isProblem(cancel.error, 400, 409)) return <ProblemPage error={cancel.error} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed === '') return setErrors({ [REASON_ID]: 'Enter the reason for cancelling the approval: the candidate will read it' });
    if ([...trimmed].length > MAX_REASON_LENGTH) return setErrors({ [REASON_ID]: `The reason must be ${MAX_REASON_LENGTH.toLocaleString('en-GB')} characters or fewer` });
    setErrors({});
    cancel.mutate(trimmed, {
      onSuccess: () => navigate(base, { replace: true, state: { done: `Approval cancelled: ${formatPence(application.remainingPence)} is returned to the fund` } satisfies GrantDone }),
      onError: (error) => {
        if (!isProblem(error, 400, 409)) return;
        setErrors(error.status === 400 ? Object.fromEntries(error.issues.map((issue) => [fieldIdOf(issue.path), issue.message])) : { [REASON_ID]: `The approval could not be cancelled: ${error.detail}` });
      },
    });
  };

  return (
    <>
      <Link to={base} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={Object.entries(errors).map(([fieldId, message]) => ({ fieldId, message }))} />
          <ApplicationStepHeading application={application} title={title} />
          <p className="govuk-body">
            {formatPence(application.approvedPence)} was approved and {formatPence(application.disbursedPence)} has been paid. Cancelling returns the {formatPence(application.remainingPence)} not yet paid to the fund; what has been paid stays paid.
          </p>
          <form noValidate onSubmit={submit}>
            <Textarea id={REASON_ID} label="Reason for cancelling" hint="The candidate reads this on their application." rows={4} maxLength={MAX_REASON_LENGTH} value={reason} onChange={setReason} error={errors[REASON_ID]} />
            <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button" disabled={cancel.isPending} aria-disabled={cancel.isPending}>
              Cancel the approval
            </button>
          </form>
        </div>
      </div>
    </>
  );
}

/** Cancel an approved grant with a reason, returning what is unpaid to the fund. */
export function CancelApprovalPage() {
  const { applicationId = '' } = useParams();
  const application = useFinanceApplication(applicationId);
  // Held here, so the form still hears of its success once the application reloads as cancelled.
  const cancel = useCancelApproval(applicationId);
  if (application.isError) return <ReadFailure error={application.error} />;
  if (application.isPending) return <p className="govuk-body" role="status">Loading the application…</p>;
  if (application.data.status !== 'approved' && cancel.isIdle) return <Navigate to={`/fund/applications/${encodeURIComponent(applicationId)}`} replace />;
  return <CancelForm application={application.data} cancel={cancel} />;
}
