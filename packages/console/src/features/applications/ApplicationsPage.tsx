import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Select } from '../../components/fields/Select.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { StatusTag } from '../../components/tag/StatusTag.tsx';
import { CsvExportButton } from '../../export/CsvExportButton.tsx';
import { formatPence } from '../../money/pence.ts';
import { REGIONS } from '../seats/seat-list-view.ts';
import { applicationListQuery, filtersOf, readApplicationListView, withStage } from './application-list-view.ts';
import type { ApplicationListView } from './application-list-view.ts';
import { APPLICATION_CSV_COLUMNS } from './applications-csv.ts';
import { GROUPS, groupLabels, PURPOSES, purposeLabels, STAGES, stageOf, stageTag } from './labels.ts';
import { useApplicationPage, useReadAllApplications, useStageCounts } from './queries.ts';
import { Pagination } from '../../components/pagination/Pagination.tsx';

const count = new Intl.NumberFormat('en-GB');
const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Europe/London' });
const any = { value: '', label: 'Any' };

const describeView = (view: ApplicationListView): string => {
  const parts = [
    view.seatId ? `in ${view.seatId}` : undefined,
    view.region ? `in ${view.region}` : undefined,
    view.group ? `from ${groupLabels[view.group]?.toLowerCase()}` : undefined,
    view.purpose ? `for ${purposeLabels[view.purpose]?.toLowerCase()}` : undefined,
  ].filter(Boolean);
  const stage = view.stage ? stageTag(view.stage).label : 'All applications';
  return parts.length === 0 ? stage : `${stage}: ${parts.join(', ')}`;
};

const href = (view: ApplicationListView) => {
  const query = applicationListQuery(view).toString();
  return `/fund/applications${query ? `?${query}` : ''}`;
};

function Filters({ view, onApply }: { view: ApplicationListView; onApply: (view: ApplicationListView) => void }) {
  const [filters, setFilters] = useState({ seatId: view.seatId ?? '', region: view.region ?? '', group: view.group ?? '', purpose: view.purpose ?? '' });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    // New filters keep the preset view chosen and start again from the first page.
    onApply(readApplicationListView(applicationListQuery({ ...(view.stage ? { stage: view.stage } : {}), ...(filters as ApplicationListView) })));
  };
  return (
    <form noValidate onSubmit={apply} role="search" aria-label="Filter applications" className="app-filters app-no-print">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <TextInput id="seatId" label="Seat (GSS code)" hint="For example, W07000041" widthClass="govuk-input--width-10" spellCheck={false} value={filters.seatId} onChange={(seatId) => setFilters({ ...filters, seatId })} />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select id="region" label="Region" hint="Of the seat" options={[any, ...REGIONS.map((region) => ({ value: region, label: region }))]} value={filters.region} onChange={(region) => setFilters({ ...filters, region })} />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select id="group" label="Group" hint="Any the candidate chose" options={[any, ...GROUPS.map((group) => ({ value: group, label: groupLabels[group] ?? group }))]} value={filters.group} onChange={(group) => setFilters({ ...filters, group })} />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select id="purpose" label="Purpose" hint="What the grant is for" options={[any, ...PURPOSES.map((purpose) => ({ value: purpose, label: purposeLabels[purpose] ?? purpose }))]} value={filters.purpose} onChange={(purpose) => setFilters({ ...filters, purpose })} />
        </div>
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Apply filters
        </button>
        {Object.keys(filtersOf(view)).length > 0 ? (
          <Link className="govuk-link" to={href(withStage({}, view.stage))}>
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}

/**
 * Finance's applications: preset views by stage with live counts under the filters (seat, region, group,
 * purpose), a page at a time with the API's cursor, and the export of every application the view selects.
 * The whole view is the URL's query.
 */
export function ApplicationsPage() {
  const [params, setParams] = useSearchParams();
  const view = readApplicationListView(params);
  const page = useApplicationPage(view);
  const counts = useStageCounts(view);
  const readAll = useReadAllApplications(view);
  usePageTitle('Applications');

  if (page.isError) return <ReadFailure error={page.error} />;
  const caption = describeView(view);
  const presets = [{ stage: undefined, label: 'All', n: counts.data?.total }, ...STAGES.map(({ stage, label }) => ({ stage, label, n: counts.data?.stages[stage] }))];

  return (
    <>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Applications
      </h1>
      <p className="govuk-body app-no-print">
        <Link className="govuk-link" to="/fund/erasures">
          Erasures of candidates’ information
        </Link>
      </p>
      <nav className="moj-sub-navigation app-no-print" aria-label="Applications by stage">
        <ul className="moj-sub-navigation__list">
          {presets.map(({ stage, label, n }) => (
            <li key={stage ?? 'all'} className="moj-sub-navigation__item">
              <Link className="moj-sub-navigation__link" to={href(withStage(view, stage))} {...(view.stage === stage ? { 'aria-current': 'page' } : {})}>
                {label}
                {n === undefined ? null : <> ({count.format(n)})</>}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Filters key={[view.seatId, view.region, view.group, view.purpose].join('|')} view={view} onApply={(next) => setParams(applicationListQuery(next))} />
      {page.isPending ? (
        <p className="govuk-body" role="status">
          Loading applications…
        </p>
      ) : (
        <>
          <p className="govuk-body" role="status">
            {page.data.items.length === 0
              ? 'No applications match.'
              : `${count.format(page.data.items.length)} application${page.data.items.length === 1 ? '' : 's'} shown${page.data.next ? '; more on the next page' : ''}.`}
          </p>
          <CsvExportButton label="Export these applications (CSV)" fileName="applications.csv" columns={APPLICATION_CSV_COLUMNS} readRows={readAll} />
          <table className="govuk-table app-applications-table" aria-busy={page.isPlaceholderData}>
            <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Constituency</th>
                <th scope="col" className="govuk-table__header">Candidate</th>
                <th scope="col" className="govuk-table__header">Region</th>
                <th scope="col" className="govuk-table__header">Purpose</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Requested</th>
                <th scope="col" className="govuk-table__header">Submitted</th>
                <th scope="col" className="govuk-table__header">Status</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {page.data.items.map((application) => (
                <tr key={application.applicationId} className="govuk-table__row">
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/fund/applications/${encodeURIComponent(application.applicationId)}`}>
                      {application.seatName}
                      <span className="govuk-visually-hidden">, application by {application.candidateId}</span>
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{application.candidateId}</td>
                  <td className="govuk-table__cell">{application.region}</td>
                  <td className="govuk-table__cell">{purposeLabels[application.purpose] ?? application.purpose}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{formatPence(application.amountRequestedPence)}</td>
                  <td className="govuk-table__cell">{day.format(new Date(application.submittedAt))}</td>
                  <td className="govuk-table__cell">
                    <StatusTag {...stageTag(stageOf(application))} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            label="Pages of applications"
            first={view.next ? href(withStage(view, view.stage)) : undefined}
            next={page.data.next ? href({ ...view, next: page.data.next }) : undefined}
          />
        </>
      )}
    </>
  );
}
