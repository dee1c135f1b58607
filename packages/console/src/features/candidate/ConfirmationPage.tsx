import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ConfirmationPanel } from '../../components/confirmation-panel/ConfirmationPanel.tsx';

export function ConfirmationPage() {
  const { applicationId = '' } = useParams();
  usePageTitle('Application sent');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ConfirmationPanel title="Application sent">
          Your reference is
          <br />
          <strong>{applicationId}</strong>
        </ConfirmationPanel>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">The Diversity Fund panel will consider your application. You can follow it, and withdraw it until it is decided, from your applications.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/applications/${encodeURIComponent(applicationId)}`}>
            See your application
          </Link>
        </p>
      </div>
    </div>
  );
}
