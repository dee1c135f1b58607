import { Link, useLocation, useParams } from 'react-router';
import { useSession } from '../../auth/session.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { StatusTag } from '../../components/tag/StatusTag.tsx';
import { Timeline } from '../../components/timeline/Timeline.tsx';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';
import { formatPence } from '../../money/pence.ts';
import { groupLabels, historyTitles, purposeLabels, stageOf, stageTag } from './labels.ts';
import { fourEyesReason } from './payment-answers.ts';
import { useFinanceApplication } from './queries.ts';
import { NotificationBanner } from '../../components/notification-banner/NotificationBanner.tsx';
import { erasureNotice } from '../erasures/erasure-words.ts';

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

/** What the page after a decision, payment or cancellation hands back to say it was done. */
export interface GrantDone {
  readonly done: string;
}

/** An application as finance reads it: its facts, the statement, its history, and what can be done next. */
export function FinanceApplicationPage() {
  const { applicationId = '' } = useParams();
  const location = useLocation();
  const session = useSession();
  const application = useFinanceApplication(applicationId);
  usePageTitle(application.data ? `${application.data.seatName}: application by ${application.data.candidateId}` : 'Application');
  if (application.isError) return <ReadFailure error={application.error} />;
  if (application.isPending) return <p className="govuk-body" role="status">Loading the application…</p>;
  const found = application.data;
  const done = (location.state as GrantDone | null)?.done;
  const base = `/fund/applications/${encodeURIComponent(found.applicationId)}`;
  const approvedByMe = found.decidedBy !== undefined && found.decidedBy === session.userId;
  const titles = historyTitles(found.history, formatPence);
  // The API tells the story oldest first; a timeline reads newest first.
  const steps = found.history.map((step, index) => ({ ...step, title: titles[index] ?? '' })).reverse();

  return (
    <>
      <Link to="/fund/applications" className="govuk-back-link">
        Applications
      </Link>
      {done ? (
        <NotificationBanner id="grant-done-title" success heading={done} />
      ) : null}
      <span className="govuk-caption-l">Application {found.applicationId}</span>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        {found.seatName}: application by {found.candidateId}
      </h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: 'Status', value: <StatusTag {...stageTag(stageOf(found))} /> },
              { key: 'Candidate', value: found.candidateId },
              { key: 'Constituency', value: `${found.seatName} (${found.seatId})` },
              { key: 'Region', value: found.region },
              // Erased: one row says when and why, instead of empty groups and a blank statement.
              found.erasure
                ? { key: 'Groups and statement', value: erasureNotice(found.erasure) }
                : { key: 'Groups', value: found.groups.map((group) => (group === 'prefer-to-describe' ? `In their own words: ${found.describedAs ?? ''}` : groupLabels[group])).join('; ') },
              { key: 'Purpose', value: purposeLabels[found.purpose] ?? found.purpose },
              { key: 'Requested', value: formatPence(found.amountRequestedPence) },
              { key: 'Submitted', value: dateTime.format(new Date(found.submittedAt)) },
              ...(found.decidedAt ? [{ key: 'Decided', value: `${dateTime.format(new Date(found.decidedAt))} by ${found.decidedBy ?? 'unknown'}` }] : []),
              ...(found.approvedPence ? [{ key: 'Approved', value: formatPence(found.approvedPence) }] : []),
              ...(found.approvedPence ? [{ key: 'Paid so far', value: formatPence(found.disbursedPence) }] : []),
              ...(found.remainingPence ? [{ key: 'Left to pay', value: formatPence(found.remainingPence) }] : []),
              ...(found.releasedPence ? [{ key: 'Returned to the fund', value: formatPence(found.releasedPence) }] : []),
            ]}
          />
          <div className="app-no-print">
            {found.status === 'submitted' ? (
              <Link className="govuk-button" role="button" draggable="false" to={`${base}/decide`}>
                Decide on this application
              </Link>
            ) : null}
            {found.status === 'approved' ? (
              <>
                {approvedByMe ? (
                  <div className="govuk-inset-text" id="four-eyes">
                    {fourEyesReason(found.decidedBy ?? '')}
                  </div>
                ) : null}
                <div className="govuk-button-group">
                  {approvedByMe ? null : (
                    <Link className="govuk-button" role="button" draggable="false" to={`${base}/pay`}>
                      Pay out this grant
                    </Link>
                  )}
                  <Link className="govuk-button govuk-button--warning" role="button" draggable="false" to={`${base}/cancel-approval`}>
                    Cancel the approval
                  </Link>
                </div>
              </>
            ) : null}
          </div>
          {found.erasure ? (
            <>
              <h2 className="govuk-heading-m">Candidate’s information</h2>
              <p className="govuk-body" data-testid="erasure">
                {erasureNotice(found.erasure)}. The groups they chose, how they described themselves and their statement are no longer held; the amounts, dates, decisions and history are kept.{' '}
                <Link className="govuk-link" to="/fund/erasures">
                  See every erasure
                </Link>
              </p>
            </>
          ) : (
            <>
              <h2 className="govuk-heading-m">Statement</h2>
              <p className="govuk-body app-pre-wrap">{found.statement}</p>
              <p className="govuk-body app-no-print">
                <Link className="govuk-button govuk-button--secondary" role="button" draggable="false" to={`${base}/erase`}>
                  Erase this candidate’s information
                </Link>
              </p>
            </>
          )}
          {found.disbursements.length > 0 ? (
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--m">Payments</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Paid on</th>
                  <th scope="col" className="govuk-table__header">By</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Amount</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {found.disbursements.map((payment) => (
                  <tr key={payment.disbursementId} className="govuk-table__row">
                    <td className="govuk-table__cell">{formatCalendarDate(payment.paidOn)}</td>
                    <td className="govuk-table__cell">{payment.by}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{formatPence(payment.amountPence)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <h2 className="govuk-heading-m">History</h2>
          <Timeline
            headingLevel={3}
            items={steps.map((step, index) => ({
              key: `${step.at}-${index}`,
              title: step.title,
              by: step.by,
              at: step.at,
              description: step.reason ? <p className="govuk-body">Reason: {step.reason}</p> : null,
            }))}
          />
        </div>
      </div>
    </>
  );
}
