import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { StatusTag } from '../../components/tag/StatusTag.tsx';
import { chartData } from './chart-data.ts';
import { formatCalendarDate } from './labels.ts';
import { useTimetable } from './queries.ts';
import { EntriesTable, PublishedDifferences, RequestSummary, TimetableStats } from './TimetableSections.tsx';
import { RunningChart, StartsChart } from './WeeklyCharts.tsx';
import type { Timetable } from './timetable-types.ts';

const STATUS = {
  draft: { title: 'Draft timetable', tag: <StatusTag label="Draft" colour="grey" /> },
  publishing: { title: 'Draft timetable', tag: <StatusTag label="Publishing did not finish" colour="orange" /> },
  published: { title: 'Published timetable', tag: <StatusTag label="Published" colour="green" /> },
} as const;

function TimetableView({ timetable }: { timetable: Timetable }) {
  const { title, tag } = STATUS[timetable.status];
  usePageTitle(title);
  // The charts and the table read the same entries; shaped once per timetable.
  const data = useMemo(() => chartData(timetable), [timetable]);
  const publishable = timetable.status !== 'published';
  return (
    <>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        <span className="govuk-caption-l">
          {formatCalendarDate(timetable.request.from)} to the election of {formatCalendarDate(timetable.request.expectedElection)}
        </span>
        {title}
      </h1>
      <p className="govuk-body">{tag}</p>
      {publishable ? (
        <div className="govuk-button-group app-no-print">
          <Link className="govuk-button" data-module="govuk-button" to={`/timetables/${timetable.timetableId}/publish`}>
            Check and publish
          </Link>
          <Link className="govuk-link" to="/timetables/new">
            Draft another timetable
          </Link>
        </div>
      ) : (
        <ul className="govuk-list app-no-print">
          <li>
            <Link className="govuk-link" to="/selections">
              See the scheduled selections
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={`/timetables/${timetable.timetableId}/calendar`}>
              Calendar: download it, or make a link for a calendar app
            </Link>
          </li>
        </ul>
      )}
      <h2 className="govuk-heading-m">What it was drafted from</h2>
      <RequestSummary timetable={timetable} />
      <h2 className="govuk-heading-m">Figures</h2>
      <TimetableStats timetable={timetable} />
      <h2 className="govuk-heading-m">Week by week</h2>
      <StartsChart data={data} request={timetable.request} lowerBound={timetable.stats.lowerBound} />
      <RunningChart data={data} request={timetable.request} />
      {publishable ? (
        <>
          <h2 className="govuk-heading-m">Compared with what is published</h2>
          <PublishedDifferences timetable={timetable} />
        </>
      ) : null}
      <h2 className="govuk-heading-m">Seats placed</h2>
      <EntriesTable timetable={timetable} />
    </>
  );
}

function Loading() {
  usePageTitle('Timetable');
  return (
    <p className="govuk-body" role="status">
      Loading the timetable…
    </p>
  );
}

/** A timetable: what it was drafted from, its figures, its charts, how it differs from what is published, its seats. */
export function TimetablePage() {
  const { timetableId = '' } = useParams();
  const timetable = useTimetable(timetableId);
  if (timetable.isError) return <ReadFailure error={timetable.error} />;
  return timetable.isPending ? <Loading /> : <TimetableView key={timetable.data.timetableId} timetable={timetable.data} />;
}
