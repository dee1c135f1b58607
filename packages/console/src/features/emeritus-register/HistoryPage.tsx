import { Link, useSearchParams } from 'react-router';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { CsvExportButton } from '../../export/CsvExportButton.tsx';
import type { CsvColumn } from '../../export/csv-file.ts';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';
import { formatInstant } from '../../format/dates.ts';
import { useAllHistory, useHistoryPage } from './queries.ts';
import { Pagination } from '../../components/pagination/Pagination.tsx';

type Entry = NonNullable<ReturnType<typeof useHistoryPage>['data']>['entries'][number];

const settingsText = (settings: { expectedElectionOn: string | null; earlyAnnouncementMonths: number }) =>
  `election ${settings.expectedElectionOn ? formatCalendarDate(settings.expectedElectionOn) : 'not set'}, ${settings.earlyAnnouncementMonths} months`;

/** One entry in words. Kinds this page does not know yet are named by their action, never dropped. */
const describe = (entry: Entry): string => {
  if (entry.action === 'retirement-announced' && 'retirement' in entry) return `Retirement of ${entry.retirement.mpName} (${entry.retirement.seatId}) recorded: ${entry.retirement.emeritusEligible ? 'emeritus-eligible' : 'not emeritus-eligible'}`;
  if (entry.action === 'retirement-withdrawn' && 'withdrawal' in entry) return `Retirement of ${entry.mpId} withdrawn on ${formatCalendarDate(entry.withdrawal.withdrawnOn)}: ${entry.withdrawal.reason}`;
  if (entry.action === 'settings-changed' && 'before' in entry) return `Settings changed from ${settingsText(entry.before)} to ${settingsText(entry.after)}`;
  return entry.action.replace(/-/g, ' ');
};

const COLUMNS: readonly CsvColumn<Entry>[] = [
  { header: 'At', value: (entry) => entry.at },
  { header: 'By', value: (entry) => entry.by },
  { header: 'Action', value: (entry) => entry.action },
  { header: 'What', value: (entry) => describe(entry) },
];

/** The register's append-only history, oldest first, a page at a time; the page's cursor is in the address. */
export function HistoryPage() {
  const [params] = useSearchParams();
  const cursor = params.get('cursor') ?? undefined;
  const page = useHistoryPage(cursor);
  const readAll = useAllHistory();
  usePageTitle('History of the register');
  if (page.isError) return <ReadFailure error={page.error} />;
  return (
    <>
      <Link to="/emeritus" className="govuk-back-link app-no-print">
        Back to the register
      </Link>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        History of the register
      </h1>
      <p className="govuk-body">Every change to the register and its settings, oldest first. Nothing here is ever changed or removed.</p>
      <CsvExportButton label="Download the whole history (CSV)" fileName="emeritus-history.csv" columns={COLUMNS} readRows={readAll} />
      {page.isPending ? (
        <p className="govuk-body" role="status">
          Loading the history…
        </p>
      ) : page.data.entries.length === 0 ? (
        <p className="govuk-body">Nothing has happened yet.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">History of the register, oldest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {['When', 'Who', 'What'].map((header) => (
                <th key={header} scope="col" className="govuk-table__header">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {page.data.entries.map((entry) => (
              <tr key={entry.historyId} className="govuk-table__row">
                <td className="govuk-table__cell">{formatInstant(entry.at)}</td>
                <td className="govuk-table__cell">{entry.by}</td>
                <td className="govuk-table__cell">{describe(entry)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination
        label="Pages of the history"
        first={cursor ? '/emeritus/history' : undefined}
        next={page.data?.nextCursor ? `/emeritus/history?cursor=${encodeURIComponent(page.data.nextCursor)}` : undefined}
      />
    </>
  );
}
