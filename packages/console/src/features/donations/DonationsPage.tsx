import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/api-context.tsx';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import type { FieldError } from '../../components/error-summary/ErrorSummary.tsx';
import { DateInput } from '../../components/fields/DateInput.tsx';
import { datePartsOf, formatCalendarDate, parseDateParts } from '../../components/fields/date-parts.ts';
import type { DateParts } from '../../components/fields/date-parts.ts';
import { Select } from '../../components/fields/Select.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { StatusTag } from '../../components/tag/StatusTag.tsx';
import { formatExactPence } from '../../money/exact-pence.ts';
import { formatPence } from '../../money/pence.ts';
import { describeDonationFilters, donationListQuery, readDonationListView } from './donation-list-view.ts';
import type { DonationListView } from './donation-list-view.ts';
import { donationsCsv, donationsFileName } from './donations-csv.ts';
import { SOURCES, sourceLabel } from './labels.ts';
import { readAllDonations, useDonationPage } from './queries.ts';
import { Pagination } from '../../components/pagination/Pagination.tsx';

const count = new Intl.NumberFormat('en-GB');

interface FilterAnswers {
  readonly from: DateParts;
  readonly to: DateParts;
  readonly source: string;
  readonly check: string;
  readonly donationId: string;
}

function Filters({ view, onApply }: { view: DonationListView; onApply: (params: URLSearchParams) => void }) {
  const [answers, setAnswers] = useState<FilterAnswers>({
    from: datePartsOf(view.from),
    to: datePartsOf(view.to),
    source: view.source ?? '',
    check: view.needsPermissibilityCheck === undefined ? '' : view.needsPermissibilityCheck ? 'required' : 'not-required',
    donationId: view.donationId ?? '',
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const from = parseDateParts(answers.from, 'the first day received');
    const to = parseDateParts(answers.to, 'the last day received');
    const found: FieldError[] = [];
    if (!from.ok) found.push({ fieldId: `from-${from.parts[0] ?? 'day'}`, message: from.message });
    if (!to.ok) found.push({ fieldId: `to-${to.parts[0] ?? 'day'}`, message: to.message });
    if (from.ok && to.ok && from.date > to.date) found.push({ fieldId: 'to-day', message: 'The last day received must be the same as or after the first day' });
    setErrors(found);
    if (!from.ok || !to.ok || found.length > 0) return;
    // New filters start again from the first page.
    const params = new URLSearchParams({ from: from.date, to: to.date });
    if (answers.source) params.set('source', answers.source);
    if (answers.check) params.set('check', answers.check);
    if (answers.donationId.trim()) params.set('id', answers.donationId.trim());
    onApply(donationListQuery(readDonationListView(params)));
  };
  const errorOf = (id: string) => errors.find((error) => error.fieldId.startsWith(`${id}-`))?.message;
  return (
    <>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={apply} role="search" aria-label="Filter donations" className="app-filters app-no-print">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <DateInput id="from" legend="Received from" hint="For example, 1 1 2026" value={answers.from} onChange={(from) => setAnswers({ ...answers, from })} error={errorOf('from')} />
          </div>
          <div className="govuk-grid-column-one-half">
            <DateInput id="to" legend="Received up to and including" hint="For example, 31 12 2026" value={answers.to} onChange={(to) => setAnswers({ ...answers, to })} error={errorOf('to')} />
          </div>
        </div>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Select id="source" label="Source" options={[{ value: '', label: 'Any' }, ...SOURCES]} value={answers.source} onChange={(source) => setAnswers({ ...answers, source })} />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              id="check"
              label="Permissibility check"
              options={[
                { value: '', label: 'Any' },
                { value: 'required', label: 'Needed (over £500)' },
                { value: 'not-required', label: 'Not needed' },
              ]}
              value={answers.check}
              onChange={(check) => setAnswers({ ...answers, check })}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <TextInput id="donationId" label="Donation reference starts with" type="search" spellCheck={false} value={answers.donationId} onChange={(donationId) => setAnswers({ ...answers, donationId })} />
          </div>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Apply filters
        </button>
      </form>
    </>
  );
}

function CsvExport({ view }: { view: DonationListView }) {
  const api = useApi();
  const [state, setState] = useState<{ kind: 'idle' | 'preparing' } | { kind: 'done'; rows: number } | { kind: 'failed' }>({ kind: 'idle' });
  const fileName = donationsFileName(view.from, view.to);
  const download = async () => {
    setState({ kind: 'preparing' });
    try {
      const rows = await readAllDonations(api, view);
      const url = URL.createObjectURL(new Blob([donationsCsv(rows)], { type: 'text/csv;charset=utf-8' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
      setState({ kind: 'done', rows: rows.length });
    } catch {
      setState({ kind: 'failed' });
    }
  };
  return (
    <div className="app-no-print">
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" data-module="govuk-button" onClick={() => void download()} disabled={state.kind === 'preparing'} aria-disabled={state.kind === 'preparing'}>
        Download these donations (CSV)
      </button>
      <p className="govuk-body-s" role="status">
        {state.kind === 'preparing' ? 'Preparing the file…' : state.kind === 'done' ? `Downloaded ${fileName}: ${count.format(state.rows)} donation${state.rows === 1 ? '' : 's'}, every one the filters select.` : state.kind === 'failed' ? 'The file could not be made. Try again.' : ''}
      </p>
    </div>
  );
}

/**
 * Finance's donations: those received in a date range (the last twelve months unless chosen), filtered by
 * source, permissibility check and reference, newest first, a page at a time. The whole view is the URL's
 * query, and the next page keeps the filters.
 */
export function DonationsPage() {
  const [params, setParams] = useSearchParams();
  const view = readDonationListView(params);
  const page = useDonationPage(view);
  usePageTitle('Donations');
  if (page.isError) return <ReadFailure error={page.error} />;
  const caption = describeDonationFilters(view);
  const { next: _cursor, ...filters } = view;

  return (
    <>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Donations
      </h1>
      <ul className="govuk-list app-no-print">
        <li>
          <Link className="govuk-link" to="/fund/donations/record">
            Record a donation
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/fund/donations/import">
            Import donations from a CSV file
          </Link>
        </li>
      </ul>
      <Filters key={params.toString().replace(/(^|&)next=[^&]*/, '')} view={view} onApply={(next) => setParams(next)} />
      {page.isPending ? (
        <p className="govuk-body" role="status">
          Loading donations…
        </p>
      ) : (
        <>
          <p className="govuk-body" role="status">
            {page.data.items.length === 0
              ? page.data.next
                ? 'No donations on this page match; there are more to look through on the next page.'
                : 'No donations match.'
              : `${count.format(page.data.items.length)} donation${page.data.items.length === 1 ? '' : 's'} shown${page.data.next ? '; more on the next page' : ''}.`}
          </p>
          <CsvExport view={filters} />
          <div className="app-report-table" tabIndex={0} role="region" aria-label="Donations table">
            <table className="govuk-table app-donations-table" aria-busy={page.isPlaceholderData}>
              <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Reference</th>
                  <th scope="col" className="govuk-table__header">Received</th>
                  <th scope="col" className="govuk-table__header">Source</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Amount</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Refunded</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Levy</th>
                  <th scope="col" className="govuk-table__header">Permissibility</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {page.data.items.map((donation) => (
                  <tr key={donation.donationId} className="govuk-table__row">
                    <td className="govuk-table__cell">
                      <Link className="govuk-link" to={`/fund/donation/${encodeURIComponent(donation.donationId)}`}>
                        {donation.donationId}
                      </Link>
                    </td>
                    <td className="govuk-table__cell">{formatCalendarDate(donation.receivedOn)}</td>
                    <td className="govuk-table__cell">{sourceLabel(donation.source)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{formatPence(donation.amountPence)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{donation.refundedPence === 0 ? 'None' : formatPence(donation.refundedPence)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{formatExactPence(donation.netLevyExactPence)}</td>
                    <td className="govuk-table__cell">{donation.permissibilityCheck === 'required' ? <StatusTag label="Check needed" colour="orange" /> : 'Not needed'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            label="Pages of donations"
            first={view.next ? `/fund/donations?${donationListQuery(filters).toString()}` : undefined}
            next={page.data.next ? `/fund/donations?${donationListQuery({ ...filters, next: page.data.next }).toString()}` : undefined}
          />
        </>
      )}
    </>
  );
}
