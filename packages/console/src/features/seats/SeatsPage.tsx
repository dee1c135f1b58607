import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Select } from '../../components/fields/Select.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { StatusTag } from '../../components/tag/StatusTag.tsx';
import { CsvExportButton } from '../../export/CsvExportButton.tsx';
import { SEAT_COLUMNS_CSV } from './seat-csv-columns.ts';
import { useAllSeats, useSeatPage } from './queries.ts';
import { NATIONS, readSeatListView, REGIONS, seatListQuery } from './seat-list-view.ts';
import type { SeatListView, SortColumn } from './seat-list-view.ts';
import { Pagination } from '../../components/pagination/Pagination.tsx';

const count = new Intl.NumberFormat('en-GB');
const yesNoAny = [
  { value: '', label: 'Any' },
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

const COLUMNS: readonly { column: SortColumn; label: string; numeric?: boolean }[] = [
  { column: 'name', label: 'Seat' },
  { column: 'region', label: 'Region' },
  { column: 'majority', label: 'Majority', numeric: true },
  { column: 'electorate', label: 'Electorate', numeric: true },
];

const firstPage = ({ next: _cursor, ...view }: SeatListView) => seatListQuery(view);

const describeFilters = (view: SeatListView): string => {
  const parts = [
    view.nation,
    view.region ? `in ${view.region}` : undefined,
    view.held === undefined ? undefined : view.held ? 'held' : 'not held',
    view.needsSelection === undefined ? undefined : view.needsSelection ? 'needing a selection' : 'not needing a selection',
    view.search ? `matching "${view.search}"` : undefined,
  ].filter(Boolean);
  return parts.length === 0 ? 'All seats' : `Seats: ${parts.join(', ')}`;
};

/**
 * HQ staff's seats: filtered (nation, region, held, needing a selection), searched and sorted by the API, a
 * page at a time with its cursor. The whole view is the URL's query.
 */
function Filters({ view, onApply }: { view: SeatListView; onApply: (params: URLSearchParams) => void }) {
  const [filters, setFilters] = useState({
    nation: view.nation ?? '',
    region: view.region ?? '',
    held: view.held === undefined ? '' : String(view.held),
    needsSelection: view.needsSelection === undefined ? '' : String(view.needsSelection),
    search: view.search ?? '',
  });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    // New filters start again from the first page, keeping the order chosen.
    const next = new URLSearchParams(
      Object.entries(filters)
        .map(([key, value]) => [key, value.trim()])
        .filter(([, value]) => value !== ''),
    );
    if (view.sort) next.set('sort', view.sort);
    if (view.sort && view.direction === 'descending') next.set('dir', 'descending');
    onApply(seatListQuery(readSeatListView(next)));
  };
  return (
      <form noValidate onSubmit={apply} role="search" aria-label="Filter seats" className="app-filters app-no-print">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-quarter">
            <Select id="nation" label="Nation" options={[{ value: '', label: 'Any' }, ...NATIONS.map((nation) => ({ value: nation, label: nation }))]} value={filters.nation} onChange={(nation) => setFilters({ ...filters, nation })} />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <Select id="region" label="Region" options={[{ value: '', label: 'Any' }, ...REGIONS.map((region) => ({ value: region, label: region }))]} value={filters.region} onChange={(region) => setFilters({ ...filters, region })} />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <Select id="held" label="Held by the party" options={yesNoAny} value={filters.held} onChange={(held) => setFilters({ ...filters, held })} />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <Select id="needsSelection" label="Needs a selection" options={yesNoAny} value={filters.needsSelection} onChange={(needsSelection) => setFilters({ ...filters, needsSelection })} />
          </div>
        </div>
        <TextInput id="search" label="Seat name or GSS code" hint="Part of the name or the code, for example Ynys Mon or W07000112" type="search" widthClass="govuk-!-width-one-half" spellCheck={false} value={filters.search} onChange={(search) => setFilters({ ...filters, search })} />
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Apply filters
        </button>
      </form>
  );
}

export function SeatsPage() {
  const [params, setParams] = useSearchParams();
  const view = readSeatListView(params);
  const page = useSeatPage(view);
  const readAllSeats = useAllSeats(view);
  usePageTitle('Seats');
  const sortBy = (column: SortColumn) => {
    const direction = view.sort === column && view.direction === 'ascending' ? 'descending' : 'ascending';
    setParams(seatListQuery({ ...view, sort: column, direction }), { preventScrollReset: true });
  };

  if (page.isError) return <ReadFailure error={page.error} />;
  const seats = page.data?.items ?? [];
  const caption = describeFilters(view);

  return (
    <>
      <div className="app-no-print">
        <h1 className="govuk-heading-l" tabIndex={-1}>
          Seats
        </h1>
        <p className="govuk-body">
          <Link className="govuk-link" to="/seats/import">
            Import seats from the Commons Library results file
          </Link>
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/seats/settings">
            Which seats the party contests
          </Link>
        </p>
      </div>
      <Filters key={[view.nation, view.region, view.held, view.needsSelection, view.search].join('|')} view={view} onApply={(next) => setParams(next)} />
      {page.isPending ? (
        <p className="govuk-body" role="status">
          Loading seats…
        </p>
      ) : (
        <>
          <p className="govuk-body" role="status">
            {seats.length === 0 ? 'No seats match.' : `${count.format(seats.length)} seat${seats.length === 1 ? '' : 's'} shown${page.data.next ? '; more on the next page' : ''}.`}
          </p>
          {seats.length === 0 ? null : <CsvExportButton label="Download these seats (CSV)" fileName="seats.csv" columns={SEAT_COLUMNS_CSV} readRows={readAllSeats} />}
          <table className="govuk-table app-seats-table" aria-busy={page.isPlaceholderData}>
            <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                {COLUMNS.map(({ column, label, numeric }) => (
                  <th key={column} scope="col" className={`govuk-table__header${numeric ? ' govuk-table__header--numeric' : ''}`} aria-sort={view.sort === column ? view.direction : 'none'}>
                    <button type="button" onClick={() => sortBy(column)}>
                      {label}
                    </button>
                  </th>
                ))}
                <th scope="col" className="govuk-table__header">
                  GSS code
                </th>
                <th scope="col" className="govuk-table__header">
                  Status
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {seats.map((seat) => (
                <tr key={seat.seatId} className="govuk-table__row">
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/seats/${seat.seatId}`}>
                      {seat.name}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{seat.region}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{seat.majority === undefined ? 'Not known' : count.format(seat.majority)}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{seat.electorate === undefined ? 'Not known' : count.format(seat.electorate)}</td>
                  <td className="govuk-table__cell">{seat.seatId}</td>
                  <td className="govuk-table__cell">
                    {seat.needsSelection ? <StatusTag label="Needs a selection" colour="orange" /> : seat.held ? <StatusTag label="Held" colour="green" /> : !seat.contested ? <StatusTag label="Not contested" colour="grey" /> : <StatusTag label="Selection under way" colour="blue" />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            label="Pages of seats"
            first={view.next ? `/seats?${firstPage(view).toString()}` : undefined}
            next={page.data.next ? `/seats?${seatListQuery({ ...view, next: page.data.next }).toString()}` : undefined}
          />
        </>
      )}
    </>
  );
}
