import { Link } from 'react-router';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { CsvExportButton } from '../../export/CsvExportButton.tsx';
import type { CsvColumn } from '../../export/csv-file.ts';
import { formatBasisPoints } from '../../money/percent.ts';
import { useLevyRates } from './queries.ts';

type Rate = NonNullable<ReturnType<typeof useLevyRates>['data']>['rates'][number];

const LEVY_RATE_COLUMNS: readonly CsvColumn<Rate>[] = [
  { header: 'In force from', value: (rate) => rate.effectiveFrom },
  { header: 'Basis points', value: (rate) => rate.basisPoints },
  { header: 'Added by', value: (rate) => rate.setBy },
  { header: 'Added at', value: (rate) => rate.setAt },
];

const setOn = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' });

export function LevyRatesPage() {
  usePageTitle('Levy rates');
  const rates = useLevyRates();
  if (rates.isError) return <ReadFailure error={rates.error} />;
  const inForce = rates.data?.inForce;
  return (
    <>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Levy rates
      </h1>
      <p className="govuk-body">Each donation is levied at the rate in force on the day it was received. Rates are kept for good and cannot be changed once added.</p>
      {rates.isPending ? (
        <p className="govuk-body" role="status">Loading the levy rates…</p>
      ) : (
        <>
          <p className="govuk-body">
            {inForce ? `The rate in force today is ${formatBasisPoints(inForce.basisPoints)}, since ${formatCalendarDate(inForce.effectiveFrom)}.` : 'No levy rate is in force today.'}
          </p>
          {rates.data.rates.length === 0 ? (
            <p className="govuk-body">No levy rate has been added yet.</p>
          ) : (
            <>
              <CsvExportButton
                label="Download the levy rates (CSV)"
                fileName="levy-rates.csv"
                columns={LEVY_RATE_COLUMNS}
                readRows={async () => rates.data.rates}
              />
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-table__caption--m">Levy rates, earliest first</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">In force from</th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">Rate</th>
                    <th scope="col" className="govuk-table__header">Added by</th>
                    <th scope="col" className="govuk-table__header">Added on</th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {rates.data.rates.map((rate) => (
                    <tr key={rate.effectiveFrom} className="govuk-table__row">
                      <td className="govuk-table__cell">{formatCalendarDate(rate.effectiveFrom)}</td>
                      <td className="govuk-table__cell govuk-table__cell--numeric">{formatBasisPoints(rate.basisPoints)}</td>
                      <td className="govuk-table__cell">{rate.setBy}</td>
                      <td className="govuk-table__cell">{setOn.format(new Date(rate.setAt))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
      <Link to="/fund/levy-rates/add" className="govuk-button" data-module="govuk-button" role="button" draggable="false">
        Add a levy rate
      </Link>
    </>
  );
}
