import { Link, useSearchParams } from 'react-router';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { Pagination } from '../../components/pagination/Pagination.tsx';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { formatInstant } from '../../format/dates.ts';
import { erasedBy, erasedFields, erasureReason, erasuresHref } from './erasure-words.ts';
import { useErasurePage } from './queries.ts';

/** Finance's audit of every erasure of special category data, oldest first, a page at a time by the API's cursor. */
export function ErasuresPage() {
  const [params] = useSearchParams();
  const next = params.get('next') ?? undefined;
  const page = useErasurePage(next);
  usePageTitle('Erasures of candidates’ information');
  if (page.isError) return <ReadFailure error={page.error} />;

  return (
    <>
      <Link to="/fund/applications" className="govuk-back-link">
        Applications
      </Link>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Erasures of candidates’ information
      </h1>
      <p className="govuk-body">
        Each time the groups a candidate chose, how they described themselves and their statement were erased from an application: when their information’s retention period ended, when they asked, or when finance acted on their request. The erased information itself is never kept here.
      </p>
      {page.isPending ? (
        <p className="govuk-body" role="status">
          Loading the erasures…
        </p>
      ) : page.data.items.length === 0 && next === undefined ? (
        <p className="govuk-body" role="status">
          No candidate’s information has been erased yet.
        </p>
      ) : (
        <>
          <p className="govuk-body" role="status">
            {page.data.items.length === 0 ? 'No more erasures on this page.' : `${page.data.items.length} erasure${page.data.items.length === 1 ? '' : 's'} shown, oldest first${page.data.next ? '; more on the next page' : ''}.`}
          </p>
          <table className="govuk-table" aria-busy={page.isPlaceholderData}>
            <caption className="govuk-table__caption govuk-table__caption--m">Erasures</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Erased on</th>
                <th scope="col" className="govuk-table__header">Application</th>
                <th scope="col" className="govuk-table__header">What was erased</th>
                <th scope="col" className="govuk-table__header">Why</th>
                <th scope="col" className="govuk-table__header">By</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {page.data.items.map((erasure) => (
                <tr key={erasure.erasureId} className="govuk-table__row" data-testid={`erasure-${erasure.applicationId}`}>
                  <td className="govuk-table__cell">
                    <time dateTime={erasure.at}>{formatInstant(erasure.at)}</time>
                  </td>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link govuk-!-text-break-word" to={`/fund/applications/${encodeURIComponent(erasure.applicationId)}`}>
                      {erasure.applicationId}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{erasedFields(erasure.fields)}</td>
                  <td className="govuk-table__cell">
                    {erasureReason(erasure.reason)}
                    {erasure.withdrawn ? '; the undecided application was withdrawn first' : ''}
                    {erasure.note ? (
                      <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0 app-pre-wrap">Request: {erasure.note}</p>
                    ) : null}
                  </td>
                  <td className="govuk-table__cell">{erasedBy(erasure)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination label="Pages of erasures" first={next === undefined ? undefined : erasuresHref()} next={page.data.next ? erasuresHref(page.data.next) : undefined} />
        </>
      )}
    </>
  );
}
