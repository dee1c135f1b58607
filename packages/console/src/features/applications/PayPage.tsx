import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { fieldIdOf, isProblem } from '../../api/problem.ts';
import { useSession } from '../../auth/session.tsx';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { Choices } from '../../components/fields/Choices.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage, ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { formatPence } from '../../money/pence.ts';
import type { GrantDone } from './FinanceApplicationPage.tsx';
import { checkPayment, fourEyesReason, HOW_ID, PAYMENT_AMOUNT_ID } from './payment-answers.ts';
import type { PaymentAnswers } from './payment-answers.ts';
import { useDisburseGrant, useFinanceApplication } from './queries.ts';
import { ApplicationStepHeading } from './ApplicationStepHeading.tsx';

type FinanceApplication = NonNullable<ReturnType<typeof useFinanceApplication>['data']>;

/** The approver of a grant sees why they cannot pay it, in place of the form: the API would refuse them. */
function FourEyes({ application }: { application: FinanceApplication }) {
  const title = 'A different member of finance must pay this grant';
  usePageTitle(title);
  return (
    <>
      <Link to={`/fund/applications/${encodeURIComponent(application.applicationId)}`} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l" tabIndex={-1}>
            {title}
          </h1>
          <p className="govuk-body" id="four-eyes">
            {fourEyesReason(application.decidedBy ?? '')}
          </p>
          <p className="govuk-body">Ask another member of finance to pay the {formatPence(application.remainingPence)} left of it.</p>
          <p className="govuk-body">
            <Link className="govuk-link" to={`/fund/applications/${encodeURIComponent(application.applicationId)}`}>
              Back to the application
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}

function PaymentForm({ application, pay }: { application: FinanceApplication; pay: ReturnType<typeof useDisburseGrant> }) {
  const navigate = useNavigate();
  // One id for this payment, however many times it is sent: a retry after a lost answer pays once.
  const [disbursementId] = useState(() => crypto.randomUUID());
  const [answers, setAnswers] = useState<PaymentAnswers>({ how: '', amount: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const title = 'Pay out this grant';
  usePageTitle(title, Object.keys(errors).length > 0);
  const base = `/fund/applications/${encodeURIComponent(application.applicationId)}`;
  if (pay.isError && !isProblem(pay.error, 400, 403, 409)) return <ProblemPage error={pay.error} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkPayment(answers, application.remainingPence);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    pay.mutate(
      { amountPence: checked.amountPence, disbursementId },
      {
        onSuccess: () => {
          const left = application.remainingPence - checked.amountPence;
          const done: GrantDone = { done: left === 0 ? `Paid ${formatPence(checked.amountPence)}: the grant is paid in full` : `Paid ${formatPence(checked.amountPence)}: ${formatPence(left)} is left to pay` };
          navigate(base, { replace: true, state: done });
        },
        onError: (error) => {
          if (!isProblem(error, 400, 403, 409)) return;
          if (error.status === 400) setErrors(Object.fromEntries(error.issues.map((issue) => [fieldIdOf(issue.path), issue.message])));
          else if (error.status === 403) setErrors({ [HOW_ID]: application.decidedBy ? fourEyesReason(application.decidedBy) : error.detail });
          else setErrors({ [answers.how === 'part' ? PAYMENT_AMOUNT_ID : HOW_ID]: `The payment was refused: ${error.detail}. Go back to the application to see what has changed.` });
        },
      },
    );
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
          <SummaryList
            rows={[
              { key: 'Approved', value: `${formatPence(application.approvedPence)} by ${application.decidedBy ?? 'unknown'}` },
              { key: 'Paid so far', value: formatPence(application.disbursedPence) },
              { key: 'Left to pay', value: formatPence(application.remainingPence) },
            ]}
          />
          <form noValidate onSubmit={submit}>
            <Choices
              id={HOW_ID}
              legend="How much are you paying?"
              error={errors[HOW_ID]}
              selected={answers.how ? [answers.how] : []}
              onChange={([how = '']) => setAnswers({ ...answers, how })}
              choices={[
                { value: 'full', label: `The rest in full: ${formatPence(application.remainingPence)}` },
                {
                  value: 'part',
                  label: 'Part of it',
                  conditional: (
                    <TextInput
                      id={PAYMENT_AMOUNT_ID}
                      label="Amount to pay"
                      hint={`Up to ${formatPence(application.remainingPence)}. For example, 150.00`}
                      prefix="£"
                      inputMode="decimal"
                      widthClass="govuk-input--width-10"
                      spellCheck={false}
                      value={answers.amount}
                      onChange={(amount) => setAnswers({ ...answers, amount })}
                      error={errors[PAYMENT_AMOUNT_ID]}
                    />
                  ),
                },
              ]}
            />
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                The payment is recorded in the fund's ledger today and cannot be undone.
              </strong>
            </div>
            <button type="submit" className="govuk-button" data-module="govuk-button" disabled={pay.isPending} aria-disabled={pay.isPending}>
              Record the payment
            </button>
          </form>
        </div>
      </div>
    </>
  );
}

/** Pay out part or all of an approved grant; its approver sees why someone else must (four eyes). */
export function PayPage() {
  const { applicationId = '' } = useParams();
  const session = useSession();
  const application = useFinanceApplication(applicationId);
  // Held here, not in the form: a payment reloads the application, and the form must still be there to
  // hear that it succeeded rather than be replaced by the redirect for a grant no longer awaiting payment.
  const pay = useDisburseGrant(applicationId);
  if (application.isError) return <ReadFailure error={application.error} />;
  if (application.isPending) return <p className="govuk-body" role="status">Loading the application…</p>;
  if (application.data.status !== 'approved' && pay.isIdle) return <Navigate to={`/fund/applications/${encodeURIComponent(applicationId)}`} replace />;
  if (application.data.decidedBy !== undefined && application.data.decidedBy === session.userId) return <FourEyes application={application.data} />;
  return <PaymentForm application={application.data} pay={pay} />;
}
