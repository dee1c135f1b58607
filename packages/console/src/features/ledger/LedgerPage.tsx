import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/api-context.tsx';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import type { FieldError } from '../../components/error-summary/ErrorSummary.tsx';
import { DateInput } from '../../components/fields/DateInput.tsx';
import { datePartsOf, formatCalendarDate, parseDateParts } from '../../components/fields/date-parts.ts';
import type { DateParts } from '../../components/fields/date-parts.ts';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { StatusTag } from '../../components/tag/StatusTag.tsx';
import { formatExactPence } from '../../money/exact-pence.ts';
import { formatPence } from '../../money/pence.ts';
import { ACCOUNTS, entrySide, isBalanced, ledgerQuery, MOVEMENT_KINDS, readLedgerView, statementFileName } from './ledger-view.ts';
import type { LedgerView } from './ledger-view.ts';
import { readStatement, useLedgerPage } from './queries.ts';
import { Pagination } from '../../components/pagination/Pagination.tsx';

function RangeFilter({ view, onApply }: { view: LedgerView; onApply: (params: URLSearchParams) => void }) {
  const [range, setRange] = useState<{ from: DateParts; to: DateParts }>({ from: datePartsOf(view.from), to: datePartsOf(view.to) });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const from = parseDateParts(range.from, 'the first day');
    const to = parseDateParts(range.to, 'the last day');
    const found: FieldError[] = [];
    if (!from.ok) found.push({ fieldId: `from-${from.parts[0] ?? 'day'}`, message: from.message });
    if (!to.ok) found.push({ fieldId: `to-${to.parts[0] ?? 'day'}`, message: to.message });
    if (from.ok && to.ok && from.date > to.date) found.push({ fieldId: 'to-day', message: 'The last day must be the same as or after the first day' });
    setErrors(found);
    if (from.ok && to.ok && found.length === 0) onApply(ledgerQuery({ from: from.date, to: to.date }));
  };
  const errorOf = (id: string) => errors.find((error) => error.fieldId.startsWith(`${id}-`))?.message;
  return (
    <>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={apply} aria-label="Choose the dates" className="app-no-print">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <DateInput id="from" legend="From" hint="The first day in the books, for example 1 1 2026" value={range.from} onChange={(from) => setRange({ ...range, from })} error={errorOf('from')} />
          </div>
          <div className="govuk-grid-column-one-half">
            <DateInput id="to" legend="Up to and including" hint="For example, 31 12 2026" value={range.to} onChange={(to) => setRange({ ...range, to })} error={errorOf('to')} />
          </div>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Show these dates
        </button>
      </form>
    </>
  );
}

function StatementDownload({ range }: { range: { from: string; to: string } }) {
  const api = useApi();
  const [state, setState] = useState<'idle' | 'preparing' | 'done' | 'failed'>('idle');
  const fileName = statementFileName(range);
  const download = async () => {
    setState('preparing');
    try {
      const csv = await readStatement(api, range);
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
      setState('done');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="app-no-print">
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" data-module="govuk-button" onClick={() => void download()} disabled={state === 'preparing'} aria-disabled={state === 'preparing'}>
        Download the statement for these dates (CSV)
      </button>
      <p className="govuk-body-s" role="status">
        {state === 'preparing' ? 'Preparing the statement…' : state === 'done' ? `Downloaded ${fileName}.` : state === 'failed' ? 'The statement could not be made. A range with very many movements must be shortened. Try again.' : ''}
      </p>
    </div>
  );
}

/** Finance's journal: every movement effective in the range, each with its balanced pair of entries; the statement CSV. */
export function LedgerPage() {
  const [params, setParams] = useSearchParams();
  const view = readLedgerView(params);
  const page = useLedgerPage(view);
  usePageTitle('Ledger');
  if (page.isError) return <ReadFailure error={page.error} />;
  const range = { from: view.from, to: view.to };
  return (
    <>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Ledger
      </h1>
      <p className="govuk-body">Every movement of money in the fund, as a pair of entries that add up to exactly zero: what leaves one account enters another.</p>
      <RangeFilter key={`${view.from}|${view.to}`} view={view} onApply={(next) => setParams(next)} />
      <StatementDownload range={range} />
      {page.isPending ? (
        <p className="govuk-body" role="status">
          Loading the ledger…
        </p>
      ) : (
        <>
          <p className="govuk-body" role="status">
            {page.data.movements.length === 0 ? 'No movements on these dates.' : `${page.data.movements.length} movement${page.data.movements.length === 1 ? '' : 's'} shown${page.data.nextCursor ? '; more on the next page' : ''}.`}
          </p>
          <div className="app-report-table" tabIndex={0} role="region" aria-label="Journal">
            <table className="govuk-table app-ledger-table" aria-busy={page.isPlaceholderData}>
              <caption className="govuk-table__caption govuk-table__caption--m">
                Movements effective from {formatCalendarDate(view.from)} to {formatCalendarDate(view.to)}
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Date</th>
                  <th scope="col" className="govuk-table__header">Movement</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">On</th>
                  <th scope="col" className="govuk-table__header">Entries</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {page.data.movements.map((movement) => (
                  <tr key={movement.movementId} className="govuk-table__row">
                    <td className="govuk-table__cell">{formatCalendarDate(movement.effectiveOn)}</td>
                    <td className="govuk-table__cell">
                      {MOVEMENT_KINDS[movement.kind] ?? movement.kind}
                      {movement.donationId ? (
                        <>
                          <br />
                          <Link className="govuk-link" to={`/fund/donation/${encodeURIComponent(movement.donationId)}`}>
                            {movement.donationId}
                          </Link>
                        </>
                      ) : null}
                      {movement.applicationId ? (
                        <>
                          <br />
                          <span className="govuk-body-s">Application {movement.applicationId}</span>
                        </>
                      ) : null}
                    </td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{formatPence(movement.amountPence)}</td>
                    <td className="govuk-table__cell">
                      <ul className="govuk-list govuk-!-margin-bottom-1">
                        {movement.entries.map((entry) => (
                          <li key={entry.account}>
                            {entrySide(entry.exactPence)}: {ACCOUNTS[entry.account] ?? entry.account} {formatExactPence(entry.exactPence)}
                          </li>
                        ))}
                      </ul>
                      {isBalanced(movement.entries) ? <StatusTag label="Balanced" colour="green" /> : <StatusTag label="Not balanced" colour="red" />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            label="Pages of the ledger"
            first={view.cursor ? `/fund/ledger?${ledgerQuery(range).toString()}` : undefined}
            next={page.data.nextCursor ? `/fund/ledger?${ledgerQuery({ ...range, cursor: page.data.nextCursor }).toString()}` : undefined}
          />
        </>
      )}
    </>
  );
}
