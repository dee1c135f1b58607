import { Link, useSearchParams } from 'react-router';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { StatusTag } from '../../components/tag/StatusTag.tsx';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';
import { useConsultations } from './queries.ts';
import type { ConsultationStatus } from './queries.ts';
import { Pagination } from '../../components/pagination/Pagination.tsx';

const FILTERS: readonly { status: ConsultationStatus | undefined; label: string }[] = [
  { status: undefined, label: 'All' },
  { status: 'open', label: 'Open' },
  { status: 'closed', label: 'Closed' },
];

const statusOf = (params: URLSearchParams): ConsultationStatus | undefined => {
  const status = params.get('status');
  return status === 'open' || status === 'closed' ? status : undefined;
};

/** The emeritus committee's consultations, newest first; open or closed and the page's cursor are in the address. */
export function ConsultationsPage() {
  const [params] = useSearchParams();
  const status = statusOf(params);
  const next = params.get('next') ?? undefined;
  const page = useConsultations(status, next);
  usePageTitle('Consultations of the emeritus committee');
  if (page.isError) return <ReadFailure error={page.error} />;
  const first = status ? `/emeritus/consultations?status=${status}` : '/emeritus/consultations';
  return (
    <>
      <Link to="/emeritus" className="govuk-back-link app-no-print">
        Back to the register
      </Link>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Consultations of the emeritus committee
      </h1>
      <p className="govuk-body">Questions put to the MPs on the emeritus committee about the manifesto or a process. You record each member's response on their behalf.</p>
      <p className="govuk-body app-no-print">
        <Link className="govuk-button" data-module="govuk-button" to="/emeritus/consultations/new">
          Open a consultation
        </Link>
      </p>
      <nav aria-label="Show consultations" className="app-no-print">
        <ul className="govuk-list govuk-list--inline-block">
          {FILTERS.map((filter) => (
            <li key={filter.label} className="govuk-!-display-inline-block govuk-!-margin-right-4">
              {filter.status === status ? (
                <strong className="govuk-body govuk-!-font-weight-bold" aria-current="page">
                  {filter.label}
                </strong>
              ) : (
                <Link className="govuk-link" to={filter.status ? `/emeritus/consultations?status=${filter.status}` : '/emeritus/consultations'}>
                  {filter.label}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {page.isPending ? (
        <p className="govuk-body" role="status">
          Loading the consultations…
        </p>
      ) : page.data.items.length === 0 ? (
        <p className="govuk-body" role="status">
          {status === 'open' ? 'No consultation is open.' : status === 'closed' ? 'No consultation has closed.' : 'No consultation has been opened yet.'}
        </p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{status === 'open' ? 'Open consultations' : status === 'closed' ? 'Closed consultations' : 'Every consultation'}, newest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {['Consultation', 'Concerns', 'Questions', 'Closes', 'Status'].map((header) => (
                <th key={header} scope="col" className="govuk-table__header">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {page.data.items.map((consultation) => (
              <tr key={consultation.consultationId} className="govuk-table__row">
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/emeritus/consultations/${consultation.consultationId}`}>
                    {consultation.title}
                  </Link>
                </td>
                <td className="govuk-table__cell">{consultation.concerns}</td>
                <td className="govuk-table__cell">{consultation.questionCount}</td>
                <td className="govuk-table__cell">{formatCalendarDate(consultation.closesOn)}</td>
                <td className="govuk-table__cell">{consultation.status === 'open' ? <StatusTag label="Open" colour="green" /> : <StatusTag label={consultation.closedEarly ? 'Closed early' : 'Closed'} colour="grey" />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination
        label="Pages of consultations"
        first={next ? first : undefined}
        next={page.data?.next ? `${first}${status ? '&' : '?'}next=${encodeURIComponent(page.data.next)}` : undefined}
      />
    </>
  );
}
