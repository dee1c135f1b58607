import { Link, useParams, useSearchParams } from 'react-router';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { StatusTag } from '../../components/tag/StatusTag.tsx';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';
import { formatInstant } from '../../format/dates.ts';
import { DownloadButton } from './DownloadButton.tsx';
import { useCommitteeFile, useMeeting } from './queries.ts';
import type { ClauseVMeeting } from './queries.ts';
import { NotificationBanner } from '../../components/notification-banner/NotificationBanner.tsx';

const bannerText = (params: URLSearchParams, meeting: ClauseVMeeting): string | undefined => {
  if (params.get('created') === 'true') return 'The meeting is created';
  const added = params.get('added');
  const removed = params.get('removed');
  if (added) return `${meeting.attendees.find((attendee) => attendee.mpId === added)?.name ?? added} is added to the meeting`;
  if (removed) return `${removed} is removed from the meeting`;
  return undefined;
};

function MustBeRemoved({ meeting }: { meeting: ClauseVMeeting }) {
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">
          {meeting.mustBeRemoved.length === 1 ? '1 attendee must be removed' : `${meeting.mustBeRemoved.length} attendees must be removed`}
        </h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">They announced their retirement after they were added. A retiring MP may not take part in the Clause V meeting.</p>
          <ul className="govuk-list">
            {meeting.mustBeRemoved.map((attendee) => (
              <li key={attendee.mpId} className="govuk-!-margin-bottom-4">
                <strong className="govuk-!-font-weight-bold">
                  {attendee.name} ({attendee.mpId})
                </strong>
                : {attendee.reason}. Flagged {formatInstant(attendee.flaggedAt)}.
                <br />
                <Link className="govuk-link govuk-!-margin-right-4" to={`/emeritus/retirements/${attendee.retirementId}`}>
                  See the retirement<span className="govuk-visually-hidden"> of {attendee.name}</span>
                </Link>
                <Link className="govuk-link" to={`/emeritus/clause-v/meetings/${meeting.meetingId}/attendees/${encodeURIComponent(attendee.mpId)}/remove`}>
                  Remove<span className="govuk-visually-hidden"> {attendee.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

/** One Clause V meeting: its facts, its attendees, and each attendee who must be removed and why. */
export function MeetingPage() {
  const { meetingId = '' } = useParams();
  const [params] = useSearchParams();
  const read = useMeeting(meetingId);
  const readFile = useCommitteeFile();
  usePageTitle(read.data ? read.data.title : 'Clause V meeting');
  if (read.isError) return <ReadFailure error={read.error} />;
  if (read.isPending) {
    return (
      <p className="govuk-body" role="status">
        Loading the meeting…
      </p>
    );
  }
  const meeting = read.data;
  const banner = bannerText(params, meeting);
  const upcoming = meeting.status === 'upcoming';
  return (
    <>
      <Link to="/emeritus/clause-v/meetings" className="govuk-back-link app-no-print">
        Back to Clause V meetings
      </Link>
      {banner ? (
        <NotificationBanner id="done-title" success heading={banner} />
      ) : null}
      {meeting.mustBeRemoved.length > 0 ? <MustBeRemoved meeting={meeting} /> : null}
      <h1 className="govuk-heading-l" tabIndex={-1}>
        <span className="govuk-caption-l">Clause V meeting</span>
        {meeting.title}
      </h1>
      <SummaryList
        rows={[
          { key: 'Status', value: upcoming ? <StatusTag label="Upcoming" colour="blue" /> : <StatusTag label="Held" colour="grey" /> },
          { key: 'Date', value: formatCalendarDate(meeting.heldOn) },
          { key: 'Place', value: meeting.place ?? 'None given' },
          {
            key: 'Link',
            value: meeting.link ? (
              <a className="govuk-link" href={meeting.link} rel="noreferrer noopener">
                {meeting.link}
              </a>
            ) : (
              'None given'
            ),
          },
          { key: 'Created', value: `${formatInstant(meeting.createdAt)} by ${meeting.createdBy}` },
        ]}
      />
      {meeting.attendees.length === 0 ? (
        <>
          <h2 className="govuk-heading-m">Attendees</h2>
          <p className="govuk-body">No attendee has been added yet.</p>
        </>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Attendees ({meeting.attendeeCount})</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {['MP', 'Added', 'Status', ...(upcoming ? ['Action'] : [])].map((header) => (
                <th key={header} scope="col" className="govuk-table__header">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {meeting.attendees.map((attendee) => (
              <tr key={attendee.mpId} className="govuk-table__row">
                <td className="govuk-table__cell">
                  {attendee.name} <span className="govuk-hint govuk-!-margin-bottom-0">{attendee.mpId}</span>
                </td>
                <td className="govuk-table__cell">
                  {formatInstant(attendee.addedAt)} by {attendee.addedBy}
                </td>
                <td className="govuk-table__cell">{attendee.flag ? <StatusTag label="Must be removed" colour="red" /> : <StatusTag label="May attend" colour="green" />}</td>
                {upcoming ? (
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/emeritus/clause-v/meetings/${meeting.meetingId}/attendees/${encodeURIComponent(attendee.mpId)}/remove`}>
                      Remove<span className="govuk-visually-hidden"> {attendee.name}</span>
                    </Link>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {upcoming ? (
        <p className="govuk-body app-no-print">
          <Link className="govuk-button govuk-button--secondary" data-module="govuk-button" to={`/emeritus/clause-v/meetings/${meeting.meetingId}/attendees/new`}>
            Add an attendee
          </Link>
        </p>
      ) : (
        <p className="govuk-body">The meeting has been held, so its attendee list stays as it was.</p>
      )}
      <DownloadButton label="Download the attendee list (CSV)" fileName={`clause-v-meeting-${meeting.meetingId}-attendees.csv`} read={() => readFile({ meetingId: meeting.meetingId })} />
    </>
  );
}
