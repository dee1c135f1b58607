import { Link, Navigate, useLocation, useParams } from 'react-router';
import { ConfirmationPanel } from '../../components/confirmation-panel/ConfirmationPanel.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import type { Erased } from './CheckErasurePage.tsx';

/** The result of finance's erasure on a candidate's behalf: what went, what stays, and where it is recorded. */
export function ErasedPage() {
  const { applicationId = '' } = useParams();
  const state = useLocation().state as Erased | null;
  const title = 'Candidate’s information erased';
  usePageTitle(title);
  const base = `/fund/applications/${encodeURIComponent(applicationId)}`;
  // Reached only from the check page: anyone arriving otherwise sees the application itself.
  if (!state) return <Navigate to={base} replace />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ConfirmationPanel title={title}>
          Application
          <br />
          <strong className="govuk-!-text-break-word">{applicationId}</strong>
        </ConfirmationPanel>
        <p className="govuk-body">
          {state.withdrawn ? 'The application was withdrawn, then ' : ''}
          {state.withdrawn ? 'the' : 'The'} groups the candidate chose, how they described themselves and their statement were erased. The amounts, dates, decisions and history are kept.
        </p>
        <p className="govuk-body">Backups keep the erased information for up to 35 days before they are deleted.</p>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to={base}>
              Back to the application
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to="/fund/erasures">
              See every erasure
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
