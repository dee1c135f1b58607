import { Link, Navigate, useLocation } from 'react-router';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { formatPence } from '../../money/pence.ts';
import { ConfirmationPanel } from '../../components/confirmation-panel/ConfirmationPanel.tsx';

export function DonationRecordedPage() {
  const state = useLocation().state as { donationId?: string; amountPence?: number; queued?: boolean } | null;
  const title = state?.queued === false ? 'Donation already recorded' : 'Donation recorded';
  usePageTitle(title);
  if (!state?.donationId || state.amountPence === undefined) return <Navigate to="/fund/donations" replace />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ConfirmationPanel title={title}>{formatPence(state.amountPence)}, reference <strong>{state.donationId}</strong></ConfirmationPanel>
        <p className="govuk-body">
          {state.queued === false ? 'This donation was recorded before, with the same amount, date and source: nothing was added.' : 'It is being levied now, at the rate in force on the day it was received; it takes a few seconds.'}
        </p>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to={`/fund/donation/${encodeURIComponent(state.donationId)}`}>
              See the donation and its levy
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to="/fund/donations/record">
              Record another donation
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to="/fund/donations">
              Back to donations
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
