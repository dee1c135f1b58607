import { Link } from 'react-router';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { StatusTag } from '../../components/tag/StatusTag.tsx';
import { formatPence } from '../../money/pence.ts';
import { formatBasisPoints } from '../../money/percent.ts';
import { useBalance, useLevyRates, useReconciliation } from './queries.ts';
import { reconciliationVerdict } from './reconciliation-verdict.ts';

export function FundOverviewPage() {
  usePageTitle('Fund overview');
  const balance = useBalance();
  const reconciliation = useReconciliation();
  const rates = useLevyRates();
  const failed = [balance, reconciliation, rates].find((query) => query.isError);
  if (failed) return <ReadFailure error={failed.error} />;
  const verdict = reconciliation.data ? reconciliationVerdict(reconciliation.data) : undefined;
  const inForce = rates.data?.inForce;
  return (
    <>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Fund overview
      </h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Balance</h2>
          {balance.data ? (
            <SummaryList
              rows={[
                { key: 'Raised', value: formatPence(balance.data.raisedPence) },
                { key: 'Refunded', value: formatPence(balance.data.refundedPence) },
                { key: 'Levied', value: formatPence(balance.data.leviedPence) },
                { key: 'Committed to grants', value: formatPence(balance.data.committedPence) },
                { key: 'Paid out', value: formatPence(balance.data.disbursedPence) },
                { key: 'Available', value: <strong>{formatPence(balance.data.availablePence)}</strong> },
              ]}
            />
          ) : (
            <p className="govuk-body" role="status">Loading the balance…</p>
          )}
        </div>
        <div className="govuk-grid-column-one-third">
          <h2 className="govuk-heading-m">Reconciliation</h2>
          {verdict ? (
            <>
              <p className="govuk-body">
                <StatusTag label={verdict.balanced ? 'Balanced' : 'Not balanced'} colour={verdict.balanced ? 'green' : 'red'} />
              </p>
              {verdict.lines.map((line) => (
                <p key={line} className="govuk-body">
                  {line}
                </p>
              ))}
            </>
          ) : (
            <p className="govuk-body" role="status">Checking the ledger…</p>
          )}
        </div>
      </div>
      <h2 className="govuk-heading-m">Levy rate</h2>
      {rates.isPending ? (
        <p className="govuk-body" role="status">Loading the levy rate…</p>
      ) : inForce ? (
        <p className="govuk-body" id="levy-rate-in-force">
          {formatBasisPoints(inForce.basisPoints)} of each donation, since {formatCalendarDate(inForce.effectiveFrom)}.
        </p>
      ) : (
        <p className="govuk-body">No levy rate is in force yet: donations are not levied until one is.</p>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to="/fund/levy-rates">
          See every levy rate, or add one
        </Link>
      </p>
    </>
  );
}
