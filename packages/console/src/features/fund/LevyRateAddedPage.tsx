import { Link, Navigate, useLocation } from 'react-router';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { formatBasisPoints } from '../../money/percent.ts';

interface Added {
  readonly basisPoints: number;
  readonly effectiveFrom: string;
  readonly added: boolean;
}

export function LevyRateAddedPage() {
  const state = useLocation().state as Added | null;
  const title = state?.added === false ? 'Levy rate already set' : 'Levy rate added';
  usePageTitle(title);
  // Reached only from the check page: anyone arriving otherwise sees the history itself.
  if (!state) return <Navigate to="/fund/levy-rates" replace />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title" tabIndex={-1}>
            {title}
          </h1>
          <div className="govuk-panel__body">
            {formatBasisPoints(state.basisPoints)} from {formatCalendarDate(state.effectiveFrom)}
          </div>
        </div>
        <p className="govuk-body">
          {state.added
            ? 'Every donation received on or after that day will be levied at this rate.'
            : 'This rate was already set from that day, so nothing has changed.'}
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/fund/levy-rates">
            Back to levy rates
          </Link>
        </p>
      </div>
    </div>
  );
}
