import { useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { isProblem } from '../../api/problem.ts';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { formatPence } from '../../money/pence.ts';
import { useSession } from '../../auth/session.tsx';
import { applicationRequest, clearDraft, firstIncomplete, pageOfField } from './draft.ts';
import { pagePath } from './flow.ts';
import { groupLabels, purposeLabels } from './labels.ts';
import { useSubmitApplication } from './queries.ts';
import { useDraft } from './use-draft.ts';

const change = (page: Parameters<typeof pagePath>[0], label: string) => ({ to: `${pagePath(page)}?change=1`, label });

export function CheckAnswersPage() {
  const [draft] = useDraft();
  const { userId = 'anonymous' } = useSession();
  const navigate = useNavigate();
  const submit = useSubmitApplication();
  const [refusal, setRefusal] = useState<{ fieldId: string; message: string }[]>([]);
  const title = 'Check your answers before sending your application';
  usePageTitle(title, refusal.length > 0);

  const incomplete = firstIncomplete(draft);
  if (incomplete !== undefined) return <Navigate to={pagePath(incomplete)} replace />;
  if (submit.isError && !isProblem(submit.error, 400, 409, 422)) return <ProblemPage error={submit.error} />;

  const request = applicationRequest(draft);
  const send = () => {
    setRefusal([]);
    submit.mutate(request, {
      onSuccess: (application) => {
        clearDraft(userId);
        navigate(`/fund/apply/confirmation/${encodeURIComponent(application.applicationId)}`, { replace: true });
      },
      onError: (error) => {
        if (!isProblem(error, 400, 409, 422)) return;
        // Each refused answer links to the page that asks for it; a refusal of the whole (the seat's
        // selection has closed since it was chosen) is shown against the seat, in the API's words.
        const issues = error.issues.length > 0 ? error.issues.map((issue) => ({ field: String(issue.path[1] ?? 'seatId'), message: issue.message })) : [{ field: 'seatId', message: error.detail }];
        setRefusal(issues.map(({ field, message }) => ({ fieldId: `change-${pageOfField(field)}`, message })));
      },
    });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to={pagePath('statement')} className="govuk-back-link">
          Back
        </Link>
        <ErrorSummary errors={refusal} title="Your application could not be sent" />
        <h1 className="govuk-heading-l" tabIndex={-1}>
          {title}
        </h1>
        <h2 className="govuk-heading-m">Your application</h2>
        <SummaryList
          rows={[
            { key: 'Constituency', value: <>{draft.seatName}<br /><span className="govuk-hint govuk-!-margin-bottom-0">{draft.selectionDates}</span></>, change: change('seat', 'constituency') },
            {
              key: 'Groups',
              value: (
                <ul className="govuk-list">
                  {(draft.groups ?? []).map((group) => (
                    <li key={group}>{group === 'prefer-to-describe' ? `In your own words: ${draft.describedAs ?? ''}` : groupLabels[group]}</li>
                  ))}
                </ul>
              ),
              change: change('groups', 'groups'),
            },
            { key: 'What the support is for', value: purposeLabels[draft.purpose ?? ''], change: change('purpose', 'what the support is for') },
            { key: 'Amount', value: formatPence(request.amountRequestedPence), change: change('amount', 'amount') },
            { key: 'Statement', value: <p className="govuk-body app-pre-wrap">{request.statement}</p>, change: change('statement', 'statement') },
          ]}
        />
        {refusal.map((item) => (
          <p key={item.fieldId + item.message} id={item.fieldId} className="govuk-error-message" tabIndex={-1}>
            <span className="govuk-visually-hidden">Error:</span> {item.message}{' '}
            <Link className="govuk-link" to={`${pagePath(item.fieldId.replace('change-', '') as Parameters<typeof pagePath>[0])}?change=1`}>
              Change your answer
            </Link>
          </p>
        ))}
        <h2 className="govuk-heading-m">Now send your application</h2>
        <p className="govuk-body">By sending this application you confirm that, to the best of your knowledge, the details you are providing are correct.</p>
        <button type="button" className="govuk-button" data-module="govuk-button" disabled={submit.isPending} aria-disabled={submit.isPending} onClick={send}>
          Accept and send
        </button>
      </div>
    </div>
  );
}
