import { Link, useNavigate, useParams } from 'react-router';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { NotFoundPage, ProblemPage, ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { formatInstant } from '../../format/dates.ts';
import { useCalendarLinks, useRevokeCalendarLink } from './queries.ts';

/** Asks HQ staff to confirm before revoking a calendar link: the calendars following it stop updating at once. */
export function RevokeLinkPage() {
  const { timetableId = '', subscriptionId = '' } = useParams();
  const links = useCalendarLinks(timetableId);
  const revoke = useRevokeCalendarLink(timetableId);
  const navigate = useNavigate();
  usePageTitle('Revoke this calendar link?');
  if (links.isError) return <ReadFailure error={links.error} />;
  if (revoke.isError) return <ProblemPage error={revoke.error} />;
  if (links.isPending) {
    return (
      <p className="govuk-body" role="status">
        Loading the link…
      </p>
    );
  }
  const link = links.data.items.find((item) => item.subscriptionId === subscriptionId);
  if (link === undefined) return <NotFoundPage />;
  const back = `/timetables/${timetableId}/calendar`;
  return (
    <>
      <Link to={back} className="govuk-back-link">
        Back
      </Link>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Revoke this calendar link?
      </h1>
      <SummaryList
        rows={[
          { key: 'Made by', value: link.createdBy },
          { key: 'Made on', value: formatInstant(link.createdAt) },
        ]}
      />
      {link.revokedAt ? (
        <p className="govuk-body">This link was revoked on {formatInstant(link.revokedAt)}.</p>
      ) : (
        <>
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              Calendars following this link stop updating at once. This cannot be undone: to follow the timetable again, people need a new link.
            </strong>
          </div>
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              data-module="govuk-button"
              disabled={revoke.isPending}
              aria-disabled={revoke.isPending}
              onClick={() => revoke.mutate(subscriptionId, { onSuccess: () => navigate(`${back}?revoked=${subscriptionId}`) })}
            >
              Revoke link
            </button>
            <Link className="govuk-link" to={back}>
              Cancel
            </Link>
          </div>
        </>
      )}
    </>
  );
}
