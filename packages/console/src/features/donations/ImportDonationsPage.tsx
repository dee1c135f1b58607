import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useSession } from '../../auth/session.tsx';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { ErrorMessage, groupClass, Hint } from '../../components/fields/field-parts.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage } from '../../components/problem/ProblemPages.tsx';
import { fundKeys } from '../fund/queries.ts';
import { fileRefusal, importRefusal } from './import-refusal.ts';
import { uploadDonationImport } from './queries.ts';
import type { DonationImportReport } from './queries.ts';
import { ConfirmationPanel } from '../../components/confirmation-panel/ConfirmationPanel.tsx';
import { UploadProgress } from '../../components/fields/UploadProgress.tsx';

const count = new Intl.NumberFormat('en-GB');

function ImportReport({ report, fileName }: { report: DonationImportReport; fileName: string }) {
  return (
    <>
      <ConfirmationPanel title={`${count.format(report.enqueued)} donation${report.enqueued === 1 ? '' : 's'} accepted`} titleLevel={2} alignLeft>from {fileName}</ConfirmationPanel>
      <p className="govuk-body">
        The accepted rows are being levied now, each once: a reference already recorded is not levied again. {report.rejected.length === 0 ? 'No row was rejected.' : `${count.format(report.rejected.length)} row${report.rejected.length === 1 ? ' was' : 's were'} rejected and not imported.`}
      </p>
      {report.rejected.length > 0 ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Rows rejected, by line of the file</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Line</th>
              <th scope="col" className="govuk-table__header">Column</th>
              <th scope="col" className="govuk-table__header">Reason</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {report.rejected.flatMap((row) =>
              row.errors.map((error, index) => (
                <tr key={`${row.line}-${index}`} className="govuk-table__row">
                  <td className="govuk-table__cell govuk-table__cell--numeric">{row.line}</td>
                  <td className="govuk-table__cell">{error.field}</td>
                  <td className="govuk-table__cell">{error.message}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      ) : null}
      <p className="govuk-body">
        <Link className="govuk-link" to="/fund/donations">
          Go to the donations
        </Link>
      </p>
    </>
  );
}

/** Imports donations from a CSV file: checked by size first, sent with its progress shown, then the API's report by line. */
export function ImportDonationsPage() {
  const session = useSession();
  const queries = useQueryClient();
  const [chosen, setChosen] = useState<File | undefined>();
  const [errors, setErrors] = useState<{ fieldId: string; message: string }[]>([]);
  const [progress, setProgress] = useState<number | undefined>();
  const [done, setDone] = useState<{ fileName: string; report: DonationImportReport } | undefined>();
  const [fault, setFault] = useState<unknown>();
  const title = done ? 'Donations imported' : 'Import donations';
  usePageTitle(title, errors.length > 0);

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    const file = chosen;
    if (!file) return setErrors([{ fieldId: 'file', message: 'Select the CSV file of donations to import' }]);
    const tooBig = fileRefusal(file);
    if (tooBig) return setErrors([{ fieldId: 'file', message: tooBig }]);
    setErrors([]);
    setProgress(0);
    try {
      const report = await uploadDonationImport(file, session.accessToken(), setProgress);
      await queries.invalidateQueries({ queryKey: fundKeys.all });
      setDone({ fileName: file.name, report });
    } catch (error) {
      const message = importRefusal(error);
      if (message === undefined) setFault(error);
      else setErrors([{ fieldId: 'file', message }]);
    } finally {
      setProgress(undefined);
    }
  };

  if (fault !== undefined) return <ProblemPage error={fault} />;
  const busy = progress !== undefined;
  return (
    <>
      <Link to="/fund/donations" className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <h1 className="govuk-heading-l" tabIndex={-1}>
            {title}
          </h1>
          {done ? (
            <ImportReport report={done.report} fileName={done.fileName} />
          ) : (
            <>
              <p className="govuk-body">Each row is one payment, levied at the rate in force on the day it was received. Importing the same file again levies nothing twice.</p>
              <p className="govuk-body">The first line must name the columns:</p>
              <p className="govuk-body-s app-wrap-anywhere">
                <code>donationId,amountPence,receivedOn,source,donorName,donorEmail,donorPostcode,donorReference</code>
              </p>
              <p className="govuk-body">
                The first four are needed on every row: <code>amountPence</code> in whole pence (2500 for £25.00), <code>receivedOn</code> as 2026-11-27, and <code>source</code> one of donation, membership, fundraising, affiliation or other. The donor&apos;s columns may be left out.
              </p>
              <form noValidate onSubmit={(event) => void upload(event)}>
                <div className={groupClass(errors[0]?.message)}>
                  <label className="govuk-label" htmlFor="file">
                    Upload a CSV file
                  </label>
                  <Hint id="file">4 MB at most, and 5,000 rows</Hint>
                  <ErrorMessage id="file" message={errors[0]?.message} />
                  <input
                    className={`govuk-file-upload${errors.length > 0 ? ' govuk-file-upload--error' : ''}`}
                    id="file"
                    name="file"
                    type="file"
                    accept=".csv,text/csv"
                    onChange={(event) => setChosen(event.target.files?.[0])}
                    aria-describedby={`file-hint${errors.length > 0 ? ' file-error' : ''}`}
                  />
                </div>
                <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy} aria-disabled={busy}>
                  Upload and import
                </button>
              </form>
            </>
          )}
          <UploadProgress fileName={chosen?.name} progress={progress} afterUpload="checking each row…" />
        </div>
      </div>
    </>
  );
}
