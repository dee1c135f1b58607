import { Link, useParams } from 'react-router';
import { isProblem } from '../../api/problem.ts';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { StatusTag } from '../../components/tag/StatusTag.tsx';
import { formatExactPence } from '../../money/exact-pence.ts';
import { formatPence } from '../../money/pence.ts';
import { formatBasisPoints } from '../../money/percent.ts';
import { sourceLabel } from './labels.ts';
import { useDonation } from './queries.ts';

const instant = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

/** A donation: what was received, its levy, its refunds, and a refund of what is left. */
export function DonationPage() {
  const { donationId = '' } = useParams();
  const found = useDonation(donationId);
  const title = `Donation ${donationId}`;
  usePageTitle(title);
  if (found.isError && isProblem(found.error, 404)) {
    return (
      <>
        <h1 className="govuk-heading-l" tabIndex={-1}>
          {title}
        </h1>
        <p className="govuk-body" role="status">
          No donation with this reference has been levied. A donation recorded a moment ago is still being levied: this page checks again every few seconds.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/fund/donations">
            Back to donations
          </Link>
        </p>
      </>
    );
  }
  if (found.isError) return <ReadFailure error={found.error} />;
  if (found.isPending) {
    return (
      <>
        <h1 className="govuk-heading-l" tabIndex={-1}>
          {title}
        </h1>
        <p className="govuk-body" role="status">
          Loading the donation…
        </p>
      </>
    );
  }
  const donation = found.data;
  const donor = donation.donor;
  return (
    <>
      <Link to="/fund/donations" className="govuk-back-link app-no-print">
        Back to donations
      </Link>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        {title}
      </h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: 'Amount', value: <span id="donation-amount">{formatPence(donation.amountPence)}</span> },
              { key: 'Received', value: formatCalendarDate(donation.receivedOn) },
              { key: 'Source', value: sourceLabel(donation.source) },
              { key: 'Donor', value: donor ? [donor.name, donor.email, donor.postcode, donor.reference].filter(Boolean).join(', ') || 'Not given' : 'Not given' },
              {
                key: 'Permissibility check',
                value: donation.permissibilityCheck === 'required' ? <StatusTag label="Check needed: over £500" colour="orange" /> : 'Not needed (£500 or less)',
              },
              { key: 'Recorded', value: instant.format(new Date(donation.recordedAt)) },
            ]}
          />
          <h2 className="govuk-heading-m">Levy</h2>
          <SummaryList
            rows={[
              { key: 'Rate', value: donation.levy.rate ? `${formatBasisPoints(donation.levy.rate.basisPoints)}, in force from ${formatCalendarDate(donation.levy.rate.effectiveFrom)}` : 'No rate was in force: not levied' },
              { key: 'Levied', value: <span id="donation-levy">{formatExactPence(donation.levy.exactPence)}</span> },
              { key: 'Reversed by refunds', value: formatExactPence(donation.levyReversedExactPence) },
              { key: 'Levy kept', value: <strong>{formatExactPence(donation.netLevyExactPence)}</strong> },
            ]}
          />
          <h2 className="govuk-heading-m">Refunds</h2>
          {donation.refunds.length === 0 ? (
            <p className="govuk-body">None.</p>
          ) : (
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--s">Refunds of this donation, earliest first</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Refunded on</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Amount</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Levy reversed</th>
                  <th scope="col" className="govuk-table__header">By</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {donation.refunds.map((refund) => (
                  <tr key={refund.refundId} className="govuk-table__row">
                    <td className="govuk-table__cell">{formatCalendarDate(refund.refundedOn)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{formatPence(refund.amountPence)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{formatExactPence(refund.levyReversedExactPence)}</td>
                    <td className="govuk-table__cell">{refund.recordedBy}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="govuk-body" id="donation-refundable">
            {donation.refundablePence === 0 ? 'All of this donation has been refunded.' : `${formatPence(donation.refundablePence)} of it can still be refunded.`}
          </p>
          {donation.refundablePence > 0 ? (
            <Link className="govuk-button govuk-button--warning" data-module="govuk-button" to={`/fund/donation/${encodeURIComponent(donation.donationId)}/refund`}>
              Refund this donation
            </Link>
          ) : null}
        </div>
      </div>
    </>
  );
}
