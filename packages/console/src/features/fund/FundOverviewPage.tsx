import { lazy, Suspense, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { Select } from '../../components/fields/Select.tsx';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { StatusTag } from '../../components/tag/StatusTag.tsx';
import { formatPence } from '../../money/pence.ts';
import { formatBasisPoints } from '../../money/percent.ts';
import { monthLabel } from '../reports/report-view.ts';
import { chartMonths, moneyChartData, readChartRange } from './money-chart-data.ts';
import type { ChartRange } from './money-chart-data.ts';
import { useBalance, useLevyRates, useMonthlyReport, useReconciliation } from './queries.ts';
import { reconciliationVerdict } from './reconciliation-verdict.ts';

// Plot is loaded only when the charts are drawn, so the balance shows without waiting for it.
const MoneyCharts = lazy(async () => ({ default: (await import('./MoneyCharts.tsx')).MoneyCharts }));

function ChartRangeForm({ range, problem, onApply }: { range: ChartRange; problem: string | undefined; onApply: (range: ChartRange) => void }) {
  const [chosen, setChosen] = useState(range);
  const [wrong, setWrong] = useState(problem);
  const months = chartMonths(new Date()).map((month) => ({ value: month, label: monthLabel(month) }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const refused = chosen.from > chosen.to ? 'The first month must be the same as the last month or before it' : undefined;
    setWrong(refused);
    if (!refused) onApply(chosen);
  };
  return (
    <>
      <ErrorSummary errors={wrong ? [{ fieldId: 'from', message: wrong }] : []} />
      <form noValidate onSubmit={apply} aria-label="Months the charts cover" className="app-filters app-no-print">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Select id="from" label="From the start of" options={[...months].reverse()} value={chosen.from} onChange={(from) => setChosen({ ...chosen, from })} error={wrong} />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select id="to" label="To the end of" hint="That month included" options={months} value={chosen.to} onChange={(to) => setChosen({ ...chosen, to })} />
          </div>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Show these months
        </button>
      </form>
    </>
  );
}

/** The overview's charts: money in and out, and the available balance, for the months in the URL. */
function MonthlyCharts() {
  const [params, setParams] = useSearchParams();
  const { range, problem } = readChartRange(params, new Date());
  const report = useMonthlyReport(range);
  // One shaping per answer: the charts redraw only when the figures change.
  const data = useMemo(() => (report.data ? moneyChartData(report.data) : undefined), [report.data]);
  return (
    <>
      <h2 className="govuk-heading-m">Month by month</h2>
      <ChartRangeForm key={`${range.from}|${range.to}|${problem ?? ''}`} range={range} problem={problem} onApply={(next) => setParams(new URLSearchParams({ from: next.from, to: next.to }))} />
      {report.isError ? (
        // The balance above still stands: only this section says it could not be read.
        <p className="govuk-body">The months could not be read just now. Refresh the page to try again.</p>
      ) : data ? (
        <Suspense fallback={<p className="govuk-body" role="status">Loading the charts…</p>}>
          <MoneyCharts data={data} />
        </Suspense>
      ) : (
        <p className="govuk-body" role="status">Loading the months…</p>
      )}
    </>
  );
}

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
      <MonthlyCharts />
    </>
  );
}
