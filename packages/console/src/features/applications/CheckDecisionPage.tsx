import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { fieldIdOf, isProblem } from '../../api/problem.ts';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage, ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { formatPence } from '../../money/pence.ts';
import type { DecisionRefusal } from './DecidePage.tsx';
import { AMOUNT_ID, approvalRefusal, checkDecision, DECISION_ID, decisionAnswersOf, decisionSearchOf, REASON_ID } from './decision-answers.ts';
import type { GrantDone } from './FinanceApplicationPage.tsx';
import { useDecideApplication, useFinanceApplication } from './queries.ts';
import { ApplicationStepHeading } from './ApplicationStepHeading.tsx';

export function CheckDecisionPage() {
  const { applicationId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const application = useFinanceApplication(applicationId);
  const decide = useDecideApplication(applicationId);
  const title = 'Check your decision';
  usePageTitle(title, decide.isError);
  const base = `/fund/applications/${encodeURIComponent(applicationId)}`;
  const answers = decisionAnswersOf(params);
  const change = `${base}/decide?${decisionSearchOf(answers)}`;
  if (application.isError) return <ReadFailure error={application.error} />;
  if (application.isPending) return <p className="govuk-body" role="status">Loading the application…</p>;
  const checked = checkDecision(answers, application.data.amountRequestedPence);
  if (!checked.ok) return <Navigate to={change} replace />;
  if (decide.isError && !isProblem(decide.error, 400, 403, 409, 422)) return <ProblemPage error={decide.error} />;

  const { body } = checked;
  const send = () =>
    decide.mutate(body, {
      onSuccess: () => {
        const done: GrantDone = { done: body.decision === 'approve' ? `Approved: ${formatPence(body.amountPence)} is committed from the fund` : 'Rejected: the candidate can read your reason' };
        navigate(base, { replace: true, state: done });
      },
      onError: (error) => {
        if (!isProblem(error, 400, 409, 422)) return;
        // A refusal goes back to the question it is about: an approval the fund cannot cover to its amount,
        // with the balance; anything else to the decision.
        const field = body.decision === 'approve' ? AMOUNT_ID : REASON_ID;
        const errors: Record<string, string> =
          error.status === 400
            ? Object.fromEntries(error.issues.map((issue) => [fieldIdOf(issue.path), issue.message]))
            : { [typeof error.details['availablePence'] === 'number' ? field : DECISION_ID]: approvalRefusal(error.details, error.detail) };
        const refusal: DecisionRefusal = { errors: Object.keys(errors).length > 0 ? errors : { [DECISION_ID]: error.detail } };
        navigate(change, { replace: true, state: { refusal } });
      },
    });

  return (
    <>
      <Link to={change} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {decide.isError && isProblem(decide.error, 403) ? <ErrorSummary errors={[{ fieldId: 'decide', message: `You cannot decide on this application: ${decide.error.detail}` }]} /> : null}
          <ApplicationStepHeading application={application.data} title={title} />
          <SummaryList
            rows={[
              { key: 'Decision', value: body.decision === 'approve' ? 'Approve' : 'Reject', change: { to: change, label: 'decision' } },
              body.decision === 'approve'
                ? { key: 'Amount', value: `${formatPence(body.amountPence)} of ${formatPence(application.data.amountRequestedPence)} requested`, change: { to: change, label: 'amount' } }
                : { key: 'Reason', value: <p className="govuk-body app-pre-wrap">{body.reason}</p>, change: { to: change, label: 'reason' } },
            ]}
          />
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              {body.decision === 'approve'
                ? `Approving commits ${formatPence(body.amountPence)} from the fund now. A different member of finance must pay it out.`
                : 'The candidate will read your reason. A decision cannot be changed once made.'}
            </strong>
          </div>
          <button id="decide" type="button" className={`govuk-button${body.decision === 'reject' ? ' govuk-button--warning' : ''}`} data-module="govuk-button" disabled={decide.isPending} aria-disabled={decide.isPending} onClick={send}>
            {body.decision === 'approve' ? `Approve ${formatPence(body.amountPence)}` : 'Reject the application'}
          </button>
        </div>
      </div>
    </>
  );
}
