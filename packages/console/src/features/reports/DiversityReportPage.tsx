import { useState } from 'react';
import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { Select } from '../../components/fields/Select.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { CsvExportButton } from '../../export/CsvExportButton.tsx';
import { REPORT_CSV_COLUMNS } from './report-csv.ts';
import { cellText, describeRange, monthLabel, monthsBack, rangeProblem, readReportRange, REPORT_COLUMNS, reportLines } from './report-view.ts';
import type { DiversityReport, ReportLine, ReportRange } from './report-view.ts';
import { useDiversityReport } from './queries.ts';

// The fund opened for applications in 2026; earlier months hold none.
const FIRST_YEAR = 2026;
const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

function ReportTable({ caption, lines, firstHeader, note }: { caption: string; lines: readonly ReportLine[]; firstHeader: string; note?: string }) {
  return (
    // A region of its own that scrolls sideways on a narrow screen, reachable by keyboard to scroll it.
    <div className="app-report-table" role="region" aria-label={caption} tabIndex={0}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {firstHeader}
            </th>
            {REPORT_COLUMNS.map(({ key, label }) => (
              <th key={key} scope="col" className="govuk-table__header govuk-table__header--numeric">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {lines.map((line) => (
            <tr key={line.name} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {line.name}
              </th>
              {REPORT_COLUMNS.map(({ key, pence }) => (
                <td key={key} className="govuk-table__cell govuk-table__cell--numeric">
                  {cellText(line.row[key], pence)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {note ? <p className="govuk-body-s">{note}</p> : null}
    </div>
  );
}

function Tables({ report }: { report: DiversityReport }) {
  const lines = reportLines(report);
  const of = (section: ReportLine['section']) => lines.filter((line) => line.section === section);
  return (
    <>
      <ReportTable caption="All applications" firstHeader="Total" lines={of('Total')} />
      <ReportTable caption="By group" firstHeader="Group" lines={of('Group')} note="A candidate may choose more than one group, so these rows overlap and do not add up to the total." />
      <ReportTable caption="By purpose" firstHeader="Purpose" lines={of('Purpose')} />
      <ReportTable caption="By region" firstHeader="Region" lines={of('Region')} />
    </>
  );
}

function RangeForm({ range, onApply }: { range: ReportRange; onApply: (range: ReportRange) => void }) {
  const [chosen, setChosen] = useState({ from: range.from ?? '', to: range.to ?? '' });
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const months = monthsBack(new Date(), FIRST_YEAR).map((month) => ({ value: month, label: monthLabel(month) }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next: ReportRange = { ...(chosen.from ? { from: chosen.from } : {}), ...(chosen.to ? { to: chosen.to } : {}) };
    const wrong = rangeProblem(next);
    setProblem(wrong);
    if (!wrong) onApply(next);
  };
  return (
    <>
      <ErrorSummary errors={problem ? [{ fieldId: 'from', message: problem }] : []} />
      <form noValidate onSubmit={apply} aria-label="Months the report covers" className="app-filters app-no-print">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Select id="from" label="From the start of" hint="By the month applications were submitted" options={[{ value: '', label: 'The first application' }, ...[...months].reverse()]} value={chosen.from} onChange={(from) => setChosen({ ...chosen, from })} error={problem} />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select id="to" label="To the end of" hint="That month included" options={[{ value: '', label: 'The latest application' }, ...months]} value={chosen.to} onChange={(to) => setChosen({ ...chosen, to })} />
          </div>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Show the report
        </button>
      </form>
    </>
  );
}

/**
 * Finance's diversity report: applications, approvals and payments by group, purpose and region for the
 * months chosen (in the URL), every figure about fewer than five applications hidden as `<5`, with why;
 * exported as CSV exactly as shown, and printable.
 */
export function DiversityReportPage() {
  const [params, setParams] = useSearchParams();
  const range = readReportRange(params);
  const valid = rangeProblem(range) === undefined;
  const report = useDiversityReport(range, valid);
  const title = 'Diversity report';
  usePageTitle(title);
  if (report.isError) return <ReadFailure error={report.error} />;
  const period = describeRange(range);

  return (
    <>
      <span className="govuk-caption-l">{period}</span>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        {title}
      </h1>
      <p className="govuk-body">Applications to the Diversity Fund, and the grants approved and paid, by the groups candidates chose, what the grant is for and the seat's region.</p>
      <div className="govuk-inset-text" id="why-hidden">
        <h2 className="govuk-heading-s">Why some figures show as &lt;5</h2>
        <p className="govuk-body">
          A figure about fewer than 5 applications is hidden and shown as &lt;5, and so is an amount added up over fewer than 5. With so few, someone who knows who applied in a region, or for what, could work out a person's groups or
          grant. Where hiding one figure in a column would still let it be worked out from the total, the next smallest is hidden too.
        </p>
      </div>
      <RangeForm key={`${range.from ?? ''}|${range.to ?? ''}`} range={range} onApply={(next) => setParams(new URLSearchParams(next as Record<string, string>))} />
      {!valid || report.isPending ? (
        <p className="govuk-body" role="status">
          {valid ? 'Loading the report…' : 'Choose a first month that is the same as the last month or before it.'}
        </p>
      ) : (
        <div aria-busy={report.isPlaceholderData}>
          <p className="govuk-body-s">Made {dateTime.format(new Date(report.data.generatedAt))}.</p>
          <div className="govuk-button-group app-no-print">
            <CsvExportButton label="Export the report (CSV)" fileName={`diversity-report${range.from ? `-from-${range.from}` : ''}${range.to ? `-to-${range.to}` : ''}.csv`} columns={REPORT_CSV_COLUMNS} readRows={async () => reportLines(report.data)} />
            <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={() => window.print()}>
              Print the report
            </button>
          </div>
          <Tables report={report.data} />
        </div>
      )}
    </>
  );
}
