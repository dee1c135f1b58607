import { Link } from 'react-router';
import { downloadFile } from '../../export/download-file.ts';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { StatusTag } from '../../components/tag/StatusTag.tsx';
import { formatPence } from '../../money/pence.ts';
import { purposeLabels, statusOf } from './labels.ts';
import { useExportMyData, useMyApplications } from './queries.ts';

const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Europe/London' });

export function MyApplicationsPage() {
  usePageTitle('Your applications');
  const applications = useMyApplications();
  const exported = useExportMyData();
  const download = () =>
    exported.mutate(undefined, {
      onSuccess: (data) => downloadFile('my-diversity-fund-data.json', new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })),
    });
  if (applications.isError) return <ReadFailure error={applications.error} />;
  const items = applications.data?.items ?? [];
  return (
    <>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Your applications
      </h1>
      {applications.isPending ? (
        <p className="govuk-body" role="status">Loading your applications…</p>
      ) : items.length === 0 ? (
        <p className="govuk-body">You have not applied to the Diversity Fund yet.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Applications to the Diversity Fund, newest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Reference</th>
              <th scope="col" className="govuk-table__header">Constituency</th>
              <th scope="col" className="govuk-table__header">For</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Asked for</th>
              <th scope="col" className="govuk-table__header">Sent</th>
              <th scope="col" className="govuk-table__header">Status</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {items.map((item) => {
              const status = statusOf(item.status);
              return (
                <tr key={item.applicationId} className="govuk-table__row">
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/applications/${encodeURIComponent(item.applicationId)}`}>
                      {item.applicationId}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{item.seatName}</td>
                  <td className="govuk-table__cell">{purposeLabels[item.purpose] ?? item.purpose}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{formatPence(item.amountRequestedPence)}</td>
                  <td className="govuk-table__cell">{day.format(new Date(item.submittedAt))}</td>
                  <td className="govuk-table__cell">
                    <StatusTag {...status} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p className="govuk-body app-no-print">
        <Link className="govuk-link" to="/fund">
          Apply for support
        </Link>
      </p>
      <h2 className="govuk-heading-m">Your information</h2>
      <p className="govuk-body">Download everything the platform holds about you: your applications, what happened to them, and the information you gave that has not been erased.</p>
      <p className="govuk-body app-no-print">
        <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={download} disabled={exported.isPending} aria-disabled={exported.isPending}>
          Download your information (JSON)
        </button>
      </p>
      {exported.isError ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> Your information could not be downloaded. Try again.
        </p>
      ) : null}
    </>
  );
}
