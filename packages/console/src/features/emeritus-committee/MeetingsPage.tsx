import { Link, useSearchParams } from 'react-router';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { StatusTag } from '../../components/tag/StatusTag.tsx';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';
import { useMeetings } from './queries.ts';
import { Pagination } from '../../components/pagination/Pagination.tsx';

/** The Clause V meetings, newest first, each with how many attendees must be removed; the page's cursor is in the address. */
export function MeetingsPage() {
  const [params] = useSearchParams();
  const next = params.get('next') ?? undefined;
  const page = useMeetings(next);
  usePageTitle('Clause V meetings');
  if (page.isError) return <ReadFailure error={page.error} />;
  return (
    <>
      <Link to="/emeritus" className="govuk-back-link app-no-print">
        Back to the register
      </Link>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Clause V meetings
      </h1>
      <p className="govuk-body">The meetings that agree the manifesto. No MP who is standing down at the next general election may attend one.</p>
      <p className="govuk-body app-no-print">
        <Link className="govuk-button" data-module="govuk-button" to="/emeritus/clause-v/meetings/new">
          Create a meeting
        </Link>
      </p>
      {page.isPending ? (
        <p className="govuk-body" role="status">
          Loading the meetings…
        </p>
      ) : page.data.items.length === 0 ? (
        <p className="govuk-body" role="status">
          No meeting has been created yet.
        </p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Every meeting, newest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {['Meeting', 'Date', 'Where', 'Attendees', 'Status'].map((header) => (
                <th key={header} scope="col" className="govuk-table__header">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {page.data.items.map((meeting) => (
              <tr key={meeting.meetingId} className="govuk-table__row">
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/emeritus/clause-v/meetings/${meeting.meetingId}`}>
                    {meeting.title}
                  </Link>
                </td>
                <td className="govuk-table__cell">{formatCalendarDate(meeting.heldOn)}</td>
                <td className="govuk-table__cell">{[meeting.place, meeting.link ? 'Online' : null].filter(Boolean).join(' and ')}</td>
                <td className="govuk-table__cell">{meeting.attendeeCount}</td>
                <td className="govuk-table__cell">
                  {meeting.flaggedCount > 0 ? <StatusTag label={`${meeting.flaggedCount} to remove`} colour="red" /> : meeting.status === 'held' ? <StatusTag label="Held" colour="grey" /> : <StatusTag label="Upcoming" colour="blue" />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination
        label="Pages of meetings"
        first={next ? '/emeritus/clause-v/meetings' : undefined}
        next={page.data?.next ? `/emeritus/clause-v/meetings?next=${encodeURIComponent(page.data.next)}` : undefined}
      />
    </>
  );
}
