import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CsvExportButton } from '../../export/CsvExportButton.tsx';
import { Select } from '../../components/fields/Select.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { REGIONS } from '../seats/seat-list-view.ts';
import { entryTableQuery, readEntryTableView, shownEntries } from './entry-table-view.ts';
import type { EntrySortColumn, EntryTableView } from './entry-table-view.ts';
import { dayRange, formatCalendarDate, PHASE_LABELS, PHASES, shortDate } from './labels.ts';
import { ENTRY_COLUMNS_CSV } from './entry-csv-columns.ts';
import { useScheduledSelections } from './queries.ts';
import { timetableDifferences } from './timetable-differences.ts';
import type { Timetable } from './timetable-types.ts';

const count = new Intl.NumberFormat('en-GB');

/** What the timetable was drafted from. */
export function RequestSummary({ timetable }: { timetable: Timetable }) {
  const { request } = timetable;
  return (
    <SummaryList
      rows={[
        { key: 'Opens', value: formatCalendarDate(request.from) },
        { key: 'Expected election', value: formatCalendarDate(request.expectedElection) },
        { key: 'Every result due', value: `${request.completeMonthsBefore} months before the election` },
        { key: 'National weekly capacity', value: String(request.weeklyCapacity) },
        { key: 'Regional weekly capacity', value: request.regionalWeeklyCapacity === undefined ? 'No regional limit' : String(request.regionalWeeklyCapacity) },
        {
          key: 'Blackouts',
          value:
            request.blackouts.length === 0 ? (
              'None'
            ) : (
              <ul className="govuk-list">
                {request.blackouts.map((blackout) => (
                  <li key={`${blackout.from}-${blackout.reason}`}>
                    {blackout.reason}: {dayRange(blackout.from, blackout.to)}
                  </li>
                ))}
              </ul>
            ),
        },
        {
          key: 'Phases',
          value: `Nominations ${request.phaseDays.nominations} days, applications ${request.phaseDays.applications}, shortlisting ${request.phaseDays.shortlisting}, hustings and ballot ${request.phaseDays.hustingsAndBallot}`,
        },
      ]}
    />
  );
}

/** The scheduler's figures: placed, not placed with each reason, the weekly peak against its lower bound, the most at once. */
export function TimetableStats({ timetable }: { timetable: Timetable }) {
  const { stats } = timetable;
  const atBound = stats.peakWeeklyStarts === stats.lowerBound;
  return (
    <>
      <SummaryList
        rows={[
          { key: 'Scheduled', value: `${count.format(stats.scheduled)} selections` },
          { key: 'Not scheduled', value: stats.unscheduled.length === 0 ? 'None: every seat needing a selection is placed' : `${count.format(stats.unscheduled.length)} seats (listed below, each with why)` },
          {
            key: 'Peak weekly starts',
            value: `${stats.peakWeeklyStarts}, ${atBound ? 'equal to' : 'against'} the lower bound of ${stats.lowerBound}${atBound ? ': no timetable of these seats could have a lower weekly peak' : ''}`,
          },
          { key: 'Peak running at once', value: `${stats.peakConcurrent} selections` },
        ]}
      />
      {stats.unscheduled.length > 0 ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Seats not scheduled, and why</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                GSS code
              </th>
              <th scope="col" className="govuk-table__header">
                Why
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {stats.unscheduled.map((seat) => (
              <tr key={seat.seatId} className="govuk-table__row">
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/seats/${seat.seatId}`}>
                    {seat.seatId}
                  </Link>
                </td>
                <td className="govuk-table__cell">{seat.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

/** How the draft differs from the selections scheduled now, when any are. */
export function PublishedDifferences({ timetable }: { timetable: Timetable }) {
  const scheduled = useScheduledSelections();
  if (scheduled.isPending) return <p className="govuk-body" role="status">Comparing with the published timetable…</p>;
  if (scheduled.isError) return <p className="govuk-body">The published timetable could not be read, so the draft cannot be compared with it now.</p>;
  const differences = timetableDifferences(timetable.entries, scheduled.data.filter((selection) => selection.timetableId !== timetable.timetableId));
  if (differences.publishedTimetableIds.length === 0) return <p className="govuk-body">No timetable is published yet: publishing this draft schedules every selection it places.</p>;
  return (
    <>
      <ul className="govuk-list govuk-list--bullet">
        <li>{count.format(differences.added.length)} seats placed in this draft have no selection yet: publishing schedules them.</li>
        <li>{count.format(differences.alreadyScheduled.length)} seats placed in this draft are scheduled already: publishing leaves their selection as it is.</li>
        <li>{count.format(differences.unchanged.length)} selections already scheduled are not in this draft: they stay as published.</li>
      </ul>
      {differences.alreadyScheduled.length > 0 ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Seats scheduled already, which publishing skips</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Seat</th>
              <th scope="col" className="govuk-table__header">Draft start</th>
              <th scope="col" className="govuk-table__header">Scheduled start</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {differences.alreadyScheduled.map(({ entry, selection }) => (
              <tr key={entry.seatId} className="govuk-table__row">
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/selections/${selection.selectionId}`}>
                    {entry.seatName}
                  </Link>
                </td>
                <td className="govuk-table__cell">{shortDate(entry.start)}</td>
                <td className="govuk-table__cell">{shortDate(selection.start)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

const COLUMNS: readonly { column: EntrySortColumn; label: string }[] = [
  { column: 'seat', label: 'Seat' },
  { column: 'region', label: 'Region' },
  { column: 'start', label: 'Freeze date' },
];

function EntryFilters({ view, onApply }: { view: EntryTableView; onApply: (view: EntryTableView) => void }) {
  const [search, setSearch] = useState(view.search ?? '');
  const [region, setRegion] = useState(view.region ?? '');
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const { search: _s, region: _r, week: _w, ...order } = view;
    onApply({ ...order, ...(search.trim() ? { search: search.trim() } : {}), ...(region ? { region } : {}) });
  };
  return (
    <form noValidate onSubmit={apply} role="search" aria-label="Filter the seats placed" className="app-filters app-no-print">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <TextInput id="entry-search" label="Seat name or GSS code" type="search" spellCheck={false} value={search} onChange={setSearch} />
        </div>
        <div className="govuk-grid-column-one-half">
          <Select id="entry-region" label="Region" options={[{ value: '', label: 'Any' }, ...REGIONS.map((name) => ({ value: name, label: name }))]} value={region} onChange={setRegion} />
        </div>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        Apply filters
      </button>
    </form>
  );
}

/** The seats placed, filtered and sorted in the browser, the view in the URL; each phase's days and why it landed there. */
export function EntriesTable({ timetable }: { timetable: Timetable }) {
  const [params, setParams] = useSearchParams();
  const view = readEntryTableView(params);
  const shown = shownEntries(timetable.entries, view);
  const show = (next: EntryTableView) => setParams(entryTableQuery(next), { preventScrollReset: true });
  const sortBy = (column: EntrySortColumn) => show({ ...view, sort: column, direction: view.sort === column && view.direction === 'ascending' ? 'descending' : 'ascending' });
  const filtered = [view.search ? `matching "${view.search}"` : '', view.region ? `in ${view.region}` : '', view.week ? `starting in the week of ${formatCalendarDate(view.week)}` : ''].filter(Boolean).join(', ');
  return (
    <>
      <EntryFilters key={`${view.search ?? ''}|${view.region ?? ''}`} view={view} onApply={show} />
      <p className="govuk-body" role="status">
        {shown.length === timetable.entries.length ? `${count.format(shown.length)} seats placed.` : `${count.format(shown.length)} of ${count.format(timetable.entries.length)} seats placed shown.`}
        {view.week ? (
          <>
            {' '}
            <Link className="govuk-link" to={`?${entryTableQuery({ ...view, week: undefined } as EntryTableView).toString()}`} preventScrollReset>
              Show every week
            </Link>
          </>
        ) : null}
      </p>
      <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Seats placed, scrolls sideways">
        <table className="govuk-table app-entries-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Seats placed{filtered ? `: ${filtered}` : ''}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {COLUMNS.map(({ column, label }) => (
                <th key={column} scope="col" className="govuk-table__header" aria-sort={view.sort === column ? view.direction : 'none'}>
                  <button type="button" onClick={() => sortBy(column)}>
                    {label}
                  </button>
                </th>
              ))}
              {PHASES.slice(1).map((phase) => (
                <th key={phase} scope="col" className="govuk-table__header">
                  {PHASE_LABELS[phase]}
                </th>
              ))}
              <th scope="col" className="govuk-table__header">
                Why it starts then
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {shown.map((entry) => (
              <tr key={entry.seatId} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  <Link className="govuk-link" to={`/seats/${entry.seatId}`}>
                    {entry.seatName}
                  </Link>
                </th>
                <td className="govuk-table__cell">{entry.region}</td>
                <td className="govuk-table__cell">{shortDate(entry.start)}</td>
                {PHASES.slice(1).map((phase) => {
                  const found = entry.phases.find((p) => p.name === phase);
                  return (
                    <td key={phase} className="govuk-table__cell">
                      {found ? dayRange(found.start, found.end) : ''}
                    </td>
                  );
                })}
                <td className="govuk-table__cell">{entry.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 ? null : <CsvExportButton label="Download these seats placed (CSV)" fileName="timetable-seats.csv" columns={ENTRY_COLUMNS_CSV} readRows={async () => shown} />}
    </>
  );
}
