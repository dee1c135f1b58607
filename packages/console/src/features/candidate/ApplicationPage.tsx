import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { StatusTag } from '../../components/tag/StatusTag.tsx';
import { Timeline } from '../../components/timeline/Timeline.tsx';
import { formatPence } from '../../money/pence.ts';
import { groupLabels, purposeLabels, statusOf, stepTitles } from './labels.ts';
import { RETENTION_UNKNOWN, usePrivacyPolicy } from './privacy.ts';
import { useApplication } from './queries.ts';

const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' });

const erasedBecause: Record<string, string> = {
  'retention-period-ended': 'its retention period ended',
  'candidate-request': 'you asked',
  'request-on-behalf': 'you asked the Diversity Fund',
};

export function ApplicationPage() {
  const { applicationId = '' } = useParams();
  const application = useApplication(applicationId);
  const policy = usePrivacyPolicy();
  usePageTitle(`Application ${applicationId}`);
  if (application.isError) return <ReadFailure error={application.error} />;
  if (application.isPending) return <p className="govuk-body" role="status">Loading the application…</p>;
  const found = application.data;
  const status = statusOf(found.status);
  // The API tells the story oldest first; a timeline reads newest first.
  const steps = [...found.history].reverse();
  const titles = stepTitles(steps);
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
              ...(found.erasure
                ? [{ key: 'Groups and statement', value: `Erased on ${day.format(new Date(found.erasure.at))} because ${erasedBecause[found.erasure.reason] ?? found.erasure.reason}` }]
                : [{ key: 'Groups', value: found.groups.map((group) => (group === 'prefer-to-describe' ? `In your own words: ${found.describedAs ?? ''}` : groupLabels[group])).join('; ') }]),
              { key: 'Asked for', value: formatPence(found.amountRequestedPence) },
              ...(found.approvedPence ? [{ key: 'Approved', value: formatPence(found.approvedPence) }] : []),
              ...(found.disbursedPence ? [{ key: 'Paid so far', value: formatPence(found.disbursedPence) }] : []),
              ...(found.erasure ? [] : [{ key: 'Statement', value: <p className="govuk-body app-pre-wrap">{found.statement}</p> }]),
            ]}
          />
          <h2 className="govuk-heading-m">What has happened</h2>
          <Timeline
            headingLevel={3}
            items={steps.map((step, index) => ({
              key: `${step.at}-${index}`,
              title: titles[index] ?? 'Update',
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
          <h2 className="govuk-heading-m">Your information</h2>
          {found.erasure ? (
            <p className="govuk-body">The groups you chose, how you described yourself and your statement have been erased. The amounts, dates and decisions are kept for the fund’s accounts.</p>
          ) : (
            <>
              <p className="govuk-body" data-testid="retention">
                {policy.data?.summary ?? RETENTION_UNKNOWN}
              </p>
              <p className="govuk-body app-no-print">
                <Link className="govuk-button govuk-button--secondary" role="button" draggable="false" to={`/applications/${encodeURIComponent(found.applicationId)}/erase`}>
                  Erase my information now
                </Link>
              </p>
            </>
          )}
        </div>
      </div>
    </>
  );
}
