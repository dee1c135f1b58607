import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import type { FieldError } from '../../components/error-summary/ErrorSummary.tsx';
import { ErrorMessage, groupClass, Hint } from '../../components/fields/field-parts.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage } from '../../components/problem/ProblemPages.tsx';
import { isProblem } from '../../api/problem.ts';
import { useUploadSeats } from './queries.ts';
import type { SeatImportReport } from './queries.ts';
import { ConfirmationPanel } from '../../components/confirmation-panel/ConfirmationPanel.tsx';
import { UploadProgress } from '../../components/fields/UploadProgress.tsx';
import { megabytes } from '../../format/megabytes.ts';

/** The 2024 results file the project ships, copied into the console's build by `vite.config.ts`. */
export const SHIPPED_FILE = '/data/HoC-GE2024-results-by-constituency.csv';
const SHIPPED_NAME = 'HoC-GE2024-results-by-constituency.csv';
const count = new Intl.NumberFormat('en-GB');
// As the API's seat import takes (MAX_SEAT_FILE_BYTES in the selections service).
const MAX_SEAT_FILE_BYTES = 2 * 1024 * 1024;

type Report = SeatImportReport;

/** Why the API refused a file, in plain words: the header it could not read, the size, the type. */
const refusal = (error: unknown): string | undefined => {
  if (isProblem(error, 400)) return `The file was not imported: ${error.detail.replace(/\.$/, '')}. Nothing was changed.`;
  // The API's reason already says the file is too large and nothing was imported, with the limit it passed.
  if (isProblem(error, 413)) return `${error.detail.charAt(0).toUpperCase()}${error.detail.slice(1).replace(/\.$/, '')}.`;
  if (isProblem(error, 415)) return 'The file must be a CSV file.';
  return undefined;
};

function ImportReport({ report, fileName }: { report: Report; fileName: string }) {
  const { counts } = report;
  return (
    <>
      <ConfirmationPanel title="Seats imported" alignLeft>from {fileName}</ConfirmationPanel>
      <h2 className="govuk-heading-m">What the import did</h2>
      <dl className="govuk-summary-list">
        {(
          [
            ['Created', counts.created],
            ['Updated', counts.updated],
            ['Unchanged', counts.unchanged],
            ['Rejected', counts.rejected],
          ] as const
        ).map(([key, value]) => (
          <div key={key} className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{key}</dt>
            <dd className="govuk-summary-list__value">{count.format(value)}</dd>
          </div>
        ))}
      </dl>
      {report.rejected.length > 0 ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Rows rejected</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Line</th>
              <th scope="col" className="govuk-table__header">GSS code</th>
              <th scope="col" className="govuk-table__header">Reason</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {report.rejected.map((row) => (
              <tr key={row.line} className="govuk-table__row">
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.line}</td>
                <td className="govuk-table__cell">{row.seatId ?? 'Not valid'}</td>
                <td className="govuk-table__cell">{row.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {report.updated.length > 0 ? (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Seats updated ({count.format(report.updated.length)})</span>
          </summary>
          <div className="govuk-details__text">
            <ul className="govuk-list">
              {report.updated.map((row) => (
                <li key={row.line}>
                  Line {row.line}: <Link className="govuk-link" to={`/seats/${row.seatId}`}>{row.seatId}</Link> ({row.changed.join(', ')})
                </li>
              ))}
            </ul>
          </div>
        </details>
      ) : null}
      {report.uncontestedAdded.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">Seats set aside</h2>
          <ul className="govuk-list govuk-list--bullet">
            {report.uncontestedAdded.map((seat) => (
              <li key={seat.seatId}>
                {seat.seatId}: {seat.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="govuk-body">
        <Link className="govuk-link" to="/seats">
          Go to the seats
        </Link>
      </p>
    </>
  );
}

/**
 * Imports seats from the Commons Library's results CSV: a file chosen here (read in the browser and sent as
 * `text/csv`), or the 2024 file the platform ships in one click. Then the API's report.
 */
export function ImportSeatsPage() {
  const uploadSeats = useUploadSeats();
  const [chosen, setChosen] = useState<File | undefined>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [stage, setStage] = useState<{ fileName: string; progress?: number } | undefined>();
  const [done, setDone] = useState<{ fileName: string; report: Report } | undefined>();
  const [fault, setFault] = useState<unknown>();
  const title = 'Import seats';
  usePageTitle(done ? 'Seats imported' : title, errors.length > 0);

  const send = async (fileName: string, read: () => Promise<Blob>) => {
    setErrors([]);
    setDone(undefined);
    setStage({ fileName });
    try {
      const csv = await read();
      // Checked here too, so that a file the API would refuse for its size is never sent
      if (csv.size > MAX_SEAT_FILE_BYTES) return setErrors([{ fieldId: 'file', message: `${fileName} is ${megabytes(csv.size)} (${count.format(csv.size)} bytes): an import takes 2 MB (${count.format(MAX_SEAT_FILE_BYTES)} bytes) at most. Split it, or send only the seats that changed. Nothing was imported.` }]);
      setStage({ fileName, progress: 0 });
      const report = await uploadSeats(csv, (progress) => setStage({ fileName, progress }));
      setDone({ fileName, report });
    } catch (error) {
      const message = refusal(error) ?? (error instanceof DOMException || error instanceof TypeError ? `${fileName} could not be read. Choose the file again.` : undefined);
      if (message === undefined) setFault(error);
      else setErrors([{ fieldId: 'file', message }]);
    } finally {
      setStage(undefined);
    }
  };
  const upload = (event: FormEvent) => {
    event.preventDefault();
    const file = chosen;
    if (!file) return setErrors([{ fieldId: 'file', message: 'Select the results file to import' }]);
    void send(file.name, async () => file);
  };
  const importShipped = () =>
    void send(SHIPPED_NAME, async () => {
      const response = await fetch(SHIPPED_FILE);
      if (!response.ok) throw new TypeError(`the shipped file answered ${response.status}`);
      return response.blob();
    });

  if (fault !== undefined) return <ProblemPage error={fault} />;
  const busy = stage !== undefined;

  return (
    <>
      <Link to="/seats" className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          {done ? null : (
            <h1 className="govuk-heading-l" tabIndex={-1}>
              {title}
            </h1>
          )}
          {done ? (
            <ImportReport report={done.report} fileName={done.fileName} />
          ) : (
            <>
              <p className="govuk-body">
                Seats are created or updated by their GSS code from the House of Commons Library&apos;s results by constituency. Importing the same file again changes nothing; the flags you set on a seat are kept.
              </p>
              <h2 className="govuk-heading-m">The 2024 general election</h2>
              <p className="govuk-body">The platform holds the 2024 results file: 650 seats.</p>
              <button type="button" className="govuk-button" data-module="govuk-button" disabled={busy} aria-disabled={busy} onClick={importShipped}>
                Import the 2024 results
              </button>
              <h2 className="govuk-heading-m">Another file</h2>
              <form noValidate onSubmit={upload}>
                <div className={groupClass(errors[0]?.message)}>
                  <label className="govuk-label" htmlFor="file">
                    Upload a results file
                  </label>
                  <Hint id="file">A CSV file of 2 MB at most, with the Commons Library&apos;s header, or the columns gss_code, name and region</Hint>
                  <ErrorMessage id="file" message={errors[0]?.message} />
                  <input className={`govuk-file-upload${errors.length > 0 ? ' govuk-file-upload--error' : ''}`} id="file" name="file" type="file" accept=".csv,text/csv" onChange={(event) => setChosen(event.target.files?.[0])} aria-describedby={`file-hint${errors.length > 0 ? ' file-error' : ''}`} />
                </div>
                <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button" disabled={busy} aria-disabled={busy}>
                  Upload and import
                </button>
              </form>
            </>
          )}
          {stage?.progress === undefined ? (
            <p role="status" className="govuk-body">
              {stage ? `Reading ${stage.fileName}…` : null}
            </p>
          ) : (
            <UploadProgress fileName={stage.fileName} progress={stage.progress} afterUpload="checking and saving each seat…" />
          )}
        </div>
      </div>
    </>
  );
}
