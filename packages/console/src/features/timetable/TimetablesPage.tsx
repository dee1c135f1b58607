import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useApi } from '../../api/api-context.tsx';
import { isProblem } from '../../api/problem.ts';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';
import { formatInstant } from '../../format/dates.ts';
import { timetableKeys } from './queries.ts';

const count = new Intl.NumberFormat('en-GB');

/**
 * Where HQ staff start with timetables: the one published (what the selections run to), with its calendar,
 * and drafting the next. A 404 from the API means none is published yet, which is a state, not a failure.
 */
export function TimetablesPage() {
  const api = useApi();
  const published = useQuery({
    queryKey: [...timetableKeys.all, 'published'],
    queryFn: async () => {
      try {
        return (await api.GET('/selections/timetables/published')).data!;
      } catch (error) {
        if (isProblem(error, 404)) return null;
        throw error;
      }
    },
  });
  usePageTitle('Timetables');
  if (published.isError) return <ReadFailure error={published.error} />;
  const timetable = published.data;
  return (
    <>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Timetables
      </h1>
      <p className="govuk-body">A timetable places a selection for every seat that needs one, week by week, within the capacity you set. Publishing it schedules the selections.</p>
      <p className="govuk-body app-no-print">
        <Link className="govuk-button" data-module="govuk-button" to="/timetables/new">
          Draft a timetable
        </Link>
      </p>
      <h2 className="govuk-heading-m">The published timetable</h2>
      {published.isPending ? (
        <p className="govuk-body" role="status">
          Loading the published timetable…
        </p>
      ) : timetable === null || timetable === undefined ? (
        <p className="govuk-body">No timetable has been published yet.</p>
      ) : (
        <>
          <SummaryList
            rows={[
              { key: 'Window', value: `${formatCalendarDate(timetable.request.from)} to the election of ${formatCalendarDate(timetable.request.expectedElection)}` },
              { key: 'Seats placed', value: count.format(timetable.entries.length) },
              { key: 'Published', value: timetable.publishedAt ? formatInstant(timetable.publishedAt) : 'Yes' },
            ]}
          />
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to={`/timetables/${timetable.timetableId}`}>
                The published timetable, its charts and seats
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to={`/timetables/${timetable.timetableId}/calendar`}>
                Its calendar: download it, or make a link for a calendar app
              </Link>
            </li>
          </ul>
        </>
      )}
    </>
  );
}
