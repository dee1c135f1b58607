import { Link, Navigate, useLocation } from 'react-router';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { formatBasisPoints } from '../../money/percent.ts';
import { ConfirmationPanel } from '../../components/confirmation-panel/ConfirmationPanel.tsx';

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
        <ConfirmationPanel title={title}>{formatBasisPoints(state.basisPoints)} from {formatCalendarDate(state.effectiveFrom)}</ConfirmationPanel>
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
