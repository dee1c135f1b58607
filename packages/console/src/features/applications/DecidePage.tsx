import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { Choices } from '../../components/fields/Choices.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { Textarea } from '../../components/fields/Textarea.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { formatPence } from '../../money/pence.ts';
import { useBalance } from '../fund/queries.ts';
import { AMOUNT_ID, checkDecision, DECISION_ID, decisionAnswersOf, decisionSearchOf, MAX_REASON_LENGTH, REASON_ID } from './decision-answers.ts';
import type { DecisionAnswers } from './decision-answers.ts';
import { purposeLabels } from './labels.ts';
import { useFinanceApplication } from './queries.ts';
import { ApplicationStepHeading } from './ApplicationStepHeading.tsx';

/** What the check page hands back when the API refused the decision: the messages by field. */
export interface DecisionRefusal {
  readonly errors: Record<string, string>;
}

function DecisionForm({ application, available }: { application: NonNullable<ReturnType<typeof useFinanceApplication>['data']>; available: number | undefined }) {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const refusal = (location.state as { refusal?: DecisionRefusal } | null)?.refusal;
  // Seeded once from the address (coming back to change an answer) and the API's refusal, if any.
  const [answers, setAnswers] = useState<DecisionAnswers>(() => decisionAnswersOf(params));
  const [errors, setErrors] = useState<Record<string, string>>(refusal?.errors ?? {});
  const title = 'Decide on this application';
  usePageTitle(title, Object.keys(errors).length > 0);
  const base = `/fund/applications/${encodeURIComponent(application.applicationId)}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDecision(answers, application.amountRequestedPence);
    if (checked.ok) {
      navigate(`${base}/decide/check?${decisionSearchOf(answers)}`);
      return;
    }
    setErrors(checked.errors);
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
              { key: 'Purpose', value: purposeLabels[application.purpose] ?? application.purpose },
              { key: 'Requested', value: formatPence(application.amountRequestedPence) },
              ...(available === undefined ? [] : [{ key: 'Available in the fund', value: formatPence(available) }]),
            ]}
          />
          <form noValidate onSubmit={submit}>
            <Choices
              id={DECISION_ID}
              legend="Your decision"
              error={errors[DECISION_ID]}
              selected={answers.decision ? [answers.decision] : []}
              onChange={([decision = '']) => setAnswers({ ...answers, decision })}
              choices={[
                {
                  value: 'approve',
                  label: 'Approve',
                  hint: 'The amount is committed from the fund straight away.',
                  conditional: (
                    <TextInput
                      id={AMOUNT_ID}
                      label="Amount to approve"
                      hint={`Up to ${formatPence(application.amountRequestedPence)}, the amount requested. For example, 150.00`}
                      prefix="£"
                      inputMode="decimal"
                      widthClass="govuk-input--width-10"
                      spellCheck={false}
                      value={answers.amount}
                      onChange={(amount) => setAnswers({ ...answers, amount })}
                      error={errors[AMOUNT_ID]}
                    />
                  ),
                },
                {
                  value: 'reject',
                  label: 'Reject',
                  conditional: (
                    <Textarea
                      id={REASON_ID}
                      label="Reason for rejecting it"
                      hint="The candidate reads this on their application, as the Diversity Fund panel's reason."
                      rows={4}
                      maxLength={MAX_REASON_LENGTH}
                      value={answers.reason}
                      onChange={(reason) => setAnswers({ ...answers, reason })}
                      error={errors[REASON_ID]}
                    />
                  ),
                },
              ]}
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

/** Finance decides: approve an amount up to the one requested, or reject with a reason; a check page follows. */
export function DecidePage() {
  const { applicationId = '' } = useParams();
  const application = useFinanceApplication(applicationId);
  const balance = useBalance();
  if (application.isError) return <ReadFailure error={application.error} />;
  if (application.isPending) return <p className="govuk-body" role="status">Loading the application…</p>;
  if (application.data.status !== 'submitted') return <Navigate to={`/fund/applications/${encodeURIComponent(applicationId)}`} replace />;
  return <DecisionForm application={application.data} available={balance.data?.availablePence} />;
}
