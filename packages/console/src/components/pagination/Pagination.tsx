import { Link } from 'react-router';

/**
 * GOV.UK pagination for a list read a page at a time by cursor: "First page" once past the first, "Next page"
 * while there is more. A cursor cannot go back one page, so there is no "Previous". Hidden in print.
 */
export function Pagination({ label, first, next }: { label: string; first?: string | undefined; next?: string | undefined }) {
  return (
    <nav className="govuk-pagination app-no-print" aria-label={label}>
      {first !== undefined ? (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={first} rel="prev">
            <span className="govuk-pagination__link-title">First page</span>
          </Link>
        </div>
      ) : null}
      {next !== undefined ? (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={next} rel="next">
            <span className="govuk-pagination__link-title">Next page</span>
          </Link>
        </div>
      ) : null}
    </nav>
  );
}
