import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/api-context.tsx';
import { isProblem } from '../../api/problem.ts';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { DateInput } from '../../components/fields/DateInput.tsx';
import { datePartsOf, parseDateParts } from '../../components/fields/date-parts.ts';
import type { DateParts } from '../../components/fields/date-parts.ts';
import { Select } from '../../components/fields/Select.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage } from '../../components/problem/ProblemPages.tsx';
import { StatusTag } from '../../components/tag/StatusTag.tsx';
import { REGIONS } from '../seats/seat-list-view.ts';
import { formatCalendarDate, shortDate } from '../timetable/labels.ts';
import { everySelection, useSelectionPage } from './queries.ts';
import { readSelectionListView, selectionListQuery } from './selection-list-view.ts';
import type { SelectionListView } from './selection-list-view.ts';
import { selectionsCsv } from './selections-csv.ts';
import { Pagination } from '../../components/pagination/Pagination.tsx';

const count = new Intl.NumberFormat('en-GB');
const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

const describe = (view: SelectionListView): string => {
  const parts = [
    view.status,
    view.seatId ? `in seat ${view.seatId}` : undefined,
    view.region ? `in ${view.region}` : undefined,
    view.activeOn ? `running on ${formatCalendarDate(view.activeOn)}` : undefined,
  ].filter(Boolean);
  return parts.length === 0 ? 'All selections' : `Selections: ${parts.join(', ')}`;
};

function Filters({ view, onApply }: { view: SelectionListView; onApply: (params: URLSearchParams) => void }) {
  const [status, setStatus] = useState(view.status ?? '');
  const [seatId, setSeatId] = useState(view.seatId ?? '');
  const [region, setRegion] = useState(view.region ?? '');
  const [activeOn, setActiveOn] = useState<DateParts>(view.activeOn && /^\d{4}-\d{2}-\d{2}$/.test(view.activeOn) ? datePartsOf(view.activeOn) : EMPTY_DATE);
  const [error, setError] = useState<string>();
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const typed = activeOn.day.trim() || activeOn.month.trim() || activeOn.year.trim();
    const day = typed ? parseDateParts(activeOn, 'the day a phase is running') : undefined;
    if (day && !day.ok) return setError(day.message);
    setError(undefined);
    // New filters start again from the first page.
    onApply(selectionListQuery({ ...(status ? { status: status as SelectionListView['status'] } : {}), ...(seatId.trim() ? { seatId: seatId.trim().toUpperCase() } : {}), ...(region ? { region } : {}), ...(day?.ok ? { activeOn: day.date } : {}) }));
  };
  return (
    <>
      {error ? <ErrorSummary errors={[{ fieldId: 'activeOn-day', message: error }]} /> : null}
      <form noValidate onSubmit={apply} role="search" aria-label="Filter selections" className="app-filters app-no-print">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Select id="status" label="Status" options={[{ value: '', label: 'Any' }, { value: 'scheduled', label: 'Scheduled' }, { value: 'cancelled', label: 'Cancelled' }]} value={status} onChange={setStatus} />
          </div>
          <div className="govuk-grid-column-one-third">
            <TextInput id="seatId" label="Seat (GSS code)" hint="For example, E14001063" spellCheck={false} value={seatId} onChange={setSeatId} widthClass="govuk-input--width-10" />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select id="region" label="Region" options={[{ value: '', label: 'Any' }, ...REGIONS.map((name) => ({ value: name, label: name }))]} value={region} onChange={setRegion} />
          </div>
        </div>
        <DateInput id="activeOn" legend="A phase is running on" hint="Shows only selections with a phase on this day. For example, 1 3 2027" value={activeOn} onChange={setActiveOn} error={error} />
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Apply filters
        </button>
      </form>
    </>
  );
}

function ExportCsv({ view }: { view: SelectionListView }) {
  const api = useApi();
  const [state, setState] = useState<{ status: 'idle' | 'working' } | { status: 'ready'; href: string; rows: number } | { status: 'failed'; error: unknown }>({ status: 'idle' });
  const build = async () => {
    setState({ status: 'working' });
    try {
      const all = await everySelection(api, { ...view, next: undefined });
      setState({ status: 'ready', href: URL.createObjectURL(new Blob([selectionsCsv(all)], { type: 'text/csv;charset=utf-8' })), rows: all.length });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  };
  if (state.status === 'failed') return <ProblemPage error={state.error} />;
  return (
    <div className="app-no-print">
      <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={() => void build()} disabled={state.status === 'working'} aria-disabled={state.status === 'working'}>
        Export these selections as CSV
      </button>
      {state.status === 'ready' ? (
        <p className="govuk-body" role="status">
          <a className="govuk-link" href={state.href} download="selections.csv">
            Download selections.csv ({count.format(state.rows)} selections)
          </a>
        </p>
      ) : null}
    </div>
  );
}

/** Selections, filtered by the API (status, seat, region, a day a phase runs), a page at a time by its cursor; the view in the URL. */
export function SelectionsPage() {
  const [params, setParams] = useSearchParams();
  const view = readSelectionListView(params);
  const page = useSelectionPage(view);
  const refusal = page.isError && isProblem(page.error, 400) ? page.error : undefined;
  usePageTitle('Selections', refusal !== undefined);
  if (page.isError && refusal === undefined) return <ProblemPage error={page.error} />;
  const { next: _cursor, ...filters } = view;
  return (
    <>
      {refusal ? <ErrorSummary errors={[{ fieldId: 'seatId', message: `The filters were refused: ${refusal.issues.map((issue) => issue.message).join('; ') || refusal.detail}` }]} /> : null}
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Selections
      </h1>
      <Filters key={[view.status, view.seatId, view.region, view.activeOn].join('|')} view={view} onApply={(next) => setParams(next)} />
      <ExportCsv key={selectionListQuery(filters).toString()} view={filters} />
      {refusal ? null : !page.data ? (
        <p className="govuk-body" role="status">
          Loading selections…
        </p>
      ) : (
        <>
          <p className="govuk-body" role="status">
            {page.data.items.length === 0 ? 'No selections match.' : `${count.format(page.data.items.length)} selection${page.data.items.length === 1 ? '' : 's'} shown${page.data.next ? '; more on the next page' : ''}.`}
          </p>
          <table className="govuk-table" aria-busy={page.isPlaceholderData}>
            <caption className="govuk-table__caption govuk-table__caption--m">{describe(view)}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                {['Seat', 'Region', 'Status', 'Freeze date', 'Result', 'Flags'].map((heading) => (
                  <th key={heading} scope="col" className="govuk-table__header">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {page.data.items.map((selection) => (
                <tr key={selection.selectionId} className="govuk-table__row">
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/selections/${selection.selectionId}`}>
                      {selection.seatName}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{selection.region}</td>
                  <td className="govuk-table__cell">{selection.status === 'scheduled' ? <StatusTag label="Scheduled" colour="blue" /> : <StatusTag label="Cancelled" colour="grey" />}</td>
                  <td className="govuk-table__cell">{shortDate(selection.start)}</td>
                  <td className="govuk-table__cell">{shortDate(selection.phases.at(-1)?.end ?? selection.start)}</td>
                  <td className="govuk-table__cell">{selection.retirementWithdrawnAfterFreeze ? <StatusTag label="Retirement withdrawn after freeze" colour="orange" /> : selection.retirementId ? 'Retirement' : 'None'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            label="Pages of selections"
            first={view.next ? `/selections?${selectionListQuery(filters).toString()}` : undefined}
            next={page.data.next ? `/selections?${selectionListQuery({ ...filters, next: page.data.next }).toString()}` : undefined}
          />
        </>
      )}
    </>
  );
}
