import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { StatusTag } from '../../components/tag/StatusTag.tsx';
import { Timeline } from '../../components/timeline/Timeline.tsx';
import { formatPence } from '../../money/pence.ts';
import { groupLabels, purposeLabels, statusOf, stepTitle } from './labels.ts';
import { useApplication } from './queries.ts';

export function ApplicationPage() {
  const { applicationId = '' } = useParams();
  const application = useApplication(applicationId);
  usePageTitle(`Application ${applicationId}`);
  if (application.isError) return <ReadFailure error={application.error} />;
  if (application.isPending) return <p className="govuk-body" role="status">Loading the application…</p>;
  const found = application.data;
  const status = statusOf(found.status);
  // The API tells the story oldest first; a timeline reads newest first.
  const steps = [...found.history].reverse();
  return (
    <>
      <Link to="/applications" className="govuk-back-link">
        Your applications
      </Link>
      <span className="govuk-caption-l">Application {found.applicationId}</span>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        {found.seatName}: {purposeLabels[found.purpose] ?? found.purpose}
      </h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: 'Status', value: <StatusTag {...status} /> },
              { key: 'Constituency', value: found.seatName },
              { key: 'Groups', value: found.groups.map((group) => (group === 'prefer-to-describe' ? `In your own words: ${found.describedAs ?? ''}` : groupLabels[group])).join('; ') },
              { key: 'Asked for', value: formatPence(found.amountRequestedPence) },
              ...(found.approvedPence ? [{ key: 'Approved', value: formatPence(found.approvedPence) }] : []),
              ...(found.disbursedPence ? [{ key: 'Paid so far', value: formatPence(found.disbursedPence) }] : []),
              { key: 'Statement', value: <p className="govuk-body app-pre-wrap">{found.statement}</p> },
            ]}
          />
          <h2 className="govuk-heading-m">What has happened</h2>
          <Timeline
            headingLevel={3}
            items={steps.map((step, index) => ({
              key: `${step.at}-${index}`,
              title: stepTitle(step.action, step.outcome),
              by: step.by === 'you' ? 'You' : step.by,
              at: step.at,
              description: (
                <>
                  {step.amountPence === null ? null : <p className="govuk-body">{formatPence(step.amountPence)}</p>}
                  {step.reason ? <p className="govuk-body">Reason: {step.reason}</p> : null}
                </>
              ),
            }))}
          />
          {found.status === 'submitted' ? (
            <p className="govuk-body app-no-print">
              <Link className="govuk-button govuk-button--warning" role="button" draggable="false" to={`/applications/${encodeURIComponent(found.applicationId)}/withdraw`}>
                Withdraw this application
              </Link>
            </p>
          ) : null}
        </div>
      </div>
    </>
  );
}
