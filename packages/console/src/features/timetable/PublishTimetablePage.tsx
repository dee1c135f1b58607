import { Link, useNavigate, useParams } from 'react-router';
import { isProblem } from '../../api/problem.ts';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage, ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { formatCalendarDate } from './labels.ts';
import { usePublishTimetable, useScheduledSelections, useTimetable } from './queries.ts';
import { timetableDifferences } from './timetable-differences.ts';
import type { Timetable } from './timetable-types.ts';
import { ConfirmationPanel } from '../../components/confirmation-panel/ConfirmationPanel.tsx';

const count = new Intl.NumberFormat('en-GB');

function CheckPublish({ timetable }: { timetable: Timetable }) {
  const navigate = useNavigate();
  const publish = usePublishTimetable(timetable.timetableId);
  const scheduled = useScheduledSelections();
  const refusal = publish.isError && isProblem(publish.error, 409) ? publish.error : undefined;
  usePageTitle('Publish this timetable?', refusal !== undefined);
  if (publish.isError && refusal === undefined) return <ProblemPage error={publish.error} />;
  if (timetable.status === 'published') {
    return (
      <>
        <h1 className="govuk-heading-l" tabIndex={-1}>
          Publish this timetable?
        </h1>
        <p className="govuk-body">This timetable is published already.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/timetables/${timetable.timetableId}/published`}>
            See what publishing did
          </Link>
        </p>
      </>
    );
  }
  const differences = scheduled.data ? timetableDifferences(timetable.entries, scheduled.data.filter((s) => s.timetableId !== timetable.timetableId)) : undefined;
  const toSchedule = differences?.added.length;
  return (
    <>
      {refusal ? <ErrorSummary errors={[{ fieldId: 'publish', message: `The timetable was not published: ${refusal.detail}` }]} /> : null}
      <Link to={`/timetables/${timetable.timetableId}`} className="govuk-back-link app-no-print">
        Back to the draft
      </Link>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Publish this timetable?
      </h1>
      <SummaryList
        rows={[
          { key: 'Window', value: `${formatCalendarDate(timetable.request.from)} to the election of ${formatCalendarDate(timetable.request.expectedElection)}` },
          { key: 'Will be scheduled and announced', value: toSchedule === undefined ? 'Counting…' : `${count.format(toSchedule)} selections` },
          { key: 'Scheduled already, left as they are', value: differences === undefined ? 'Counting…' : `${count.format(differences.alreadyScheduled.length)} seats` },
          { key: 'Not scheduled', value: `${count.format(timetable.stats.unscheduled.length)} seats the draft could not place` },
        ]}
      />
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          Publishing schedules each selection and announces it: the Diversity Fund opens applications in its seat and calendar subscribers see its dates. It cannot be undone, though a selection can be moved afterwards.
        </strong>
      </div>
      <button
        id="publish"
        type="button"
        className="govuk-button"
        data-module="govuk-button"
        disabled={publish.isPending}
        aria-disabled={publish.isPending}
        onClick={() => publish.mutate(undefined, { onSuccess: () => void navigate(`/timetables/${timetable.timetableId}/published`) })}
      >
        Publish timetable
      </button>
    </>
  );
}

/** The check before publishing: what will happen, in numbers, and that it is for good. */
export function PublishTimetablePage() {
  const { timetableId = '' } = useParams();
  const timetable = useTimetable(timetableId);
  if (timetable.isError) return <ReadFailure error={timetable.error} />;
  if (timetable.isPending) return <p className="govuk-body" role="status">Loading the timetable…</p>;
  return <CheckPublish timetable={timetable.data} />;
}

/** What publishing did: how many selections were scheduled, and the seats skipped with why. */
export function TimetablePublishedPage() {
  const { timetableId = '' } = useParams();
  const timetable = useTimetable(timetableId);
  usePageTitle('Timetable published');
  if (timetable.isError) return <ReadFailure error={timetable.error} />;
  if (timetable.isPending) return <p className="govuk-body" role="status">Loading the timetable…</p>;
  const publication = timetable.data.publication;
  if (timetable.data.status !== 'published' || publication === undefined) {
    return (
      <>
        <h1 className="govuk-heading-l" tabIndex={-1}>
          Timetable published
        </h1>
        <p className="govuk-body">This timetable is not published yet.</p>
        <Link className="govuk-link" to={`/timetables/${timetableId}/publish`}>
          Check and publish it
        </Link>
      </>
    );
  }
  return (
    <>
      <ConfirmationPanel title="Timetable published">{count.format(publication.published + publication.alreadyPublished)} selections scheduled and announced</ConfirmationPanel>
      <SummaryList
        rows={[
          { key: 'Scheduled now', value: count.format(publication.published) },
          { key: 'Scheduled by an earlier try', value: count.format(publication.alreadyPublished) },
          { key: 'Skipped', value: publication.skipped.length === 0 ? 'None' : `${count.format(publication.skipped.length)} seats, listed below` },
        ]}
      />
      {publication.skipped.length > 0 ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Seats skipped, and why</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">GSS code</th>
              <th scope="col" className="govuk-table__header">Why</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {publication.skipped.map((seat) => (
              <tr key={seat.seatId} className="govuk-table__row">
                <td className="govuk-table__cell">{seat.seatId}</td>
                <td className="govuk-table__cell">{seat.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="govuk-body">
        <Link className="govuk-link" to={`/selections?status=scheduled`}>
          See the scheduled selections
        </Link>
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/timetables/${timetableId}`}>
          See the published timetable
        </Link>
      </p>
    </>
  );
}
