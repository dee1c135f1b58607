import { Link, useNavigate, useParams } from 'react-router';
import { isProblem } from '../../api/problem.ts';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { NotFoundPage, ProblemPage, ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { useMeeting, useRemoveAttendee } from './queries.ts';

/** Remove an attendee from a Clause V meeting, after a confirmation. */
export function RemoveAttendeePage() {
  const { meetingId = '', mpId = '' } = useParams();
  const navigate = useNavigate();
  const read = useMeeting(meetingId);
  const remove = useRemoveAttendee(meetingId, mpId);
  const attendee = read.data?.attendees.find((candidate) => candidate.mpId === mpId);
  const title = attendee ? `Are you sure you want to remove ${attendee.name}?` : 'Remove an attendee';
  usePageTitle(title);
  if (read.isError) return <ReadFailure error={read.error} />;
  if (remove.isError && !isProblem(remove.error, 409)) return <ProblemPage error={remove.error} />;
  if (read.isPending) {
    return (
      <p className="govuk-body" role="status">
        Loading the meeting…
      </p>
    );
  }
  // Once removed, the meeting read afresh no longer has them: that is no reason to say the page is not found.
  if (!attendee) return remove.isIdle ? <NotFoundPage /> : null;
  const back = `/emeritus/clause-v/meetings/${meetingId}`;
  return (
    <>
      <Link to={back} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l" tabIndex={-1}>
            <span className="govuk-caption-l">{read.data.title}</span>
            {title}
          </h1>
          {isProblem(remove.error, 409) ? (
            <p className="govuk-body">{remove.error.detail}</p>
          ) : (
            <>
              <p className="govuk-body">
                {attendee.name} ({attendee.mpId}) will no longer be on the attendee list. {attendee.flag ? `They must be removed: ${attendee.flag.reason}.` : 'You can add them again later.'}
              </p>
              <div className="govuk-button-group">
                <button
                  type="button"
                  className="govuk-button govuk-button--warning"
                  data-module="govuk-button"
                  disabled={remove.isPending}
                  aria-disabled={remove.isPending}
                  onClick={() => remove.mutate(undefined, { onSuccess: () => navigate(`${back}?removed=${encodeURIComponent(attendee.name)}`) })}
                >
                  Remove attendee
                </button>
                <Link className="govuk-link" to={back}>
                  Cancel
                </Link>
              </div>
            </>
          )}
        </div>
      </div>
    </>
  );
}
