import { Link, useParams, useSearchParams } from 'react-router';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { NotFoundPage } from '../../components/problem/ProblemPages.tsx';
import { deadLetterCount, isDeadLetterService, queueLabel } from './dead-letter-words.ts';
import { ConfirmationPanel } from '../../components/confirmation-panel/ConfirmationPanel.tsx';

/** What a replay moved, and the ids it did not find (replayed already, perhaps), as the API answered. */
export function ReplayedPage() {
  const { service = '', queue = '' } = useParams();
  const [search] = useSearchParams();
  const moved = search.getAll('moved');
  const notFound = search.getAll('notFound');
  const title = `${deadLetterCount(moved.length)} replayed`;
  usePageTitle(title);
  if (!isDeadLetterService(service)) return <NotFoundPage />;
  const label = queueLabel(service, queue.endsWith('-outbox-relay') ? 'outbox-relay' : 'inbox');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ConfirmationPanel title={title}>Sent back to the {label}</ConfirmationPanel>
        <p className="govuk-body">The service processes them again now. One that fails again comes back to the dead letters with its new reason.</p>
        {notFound.length > 0 ? (
          <>
            <h2 className="govuk-heading-m">Not found</h2>
            <p className="govuk-body">These were no longer waiting: someone may have replayed them already.</p>
            <ul className="govuk-list govuk-list--bullet">
              {notFound.map((id) => (
                <li key={id} className="app-wrap-anywhere">
                  {id}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p className="govuk-body">
          <Link className="govuk-link" to="/operations/dead-letters">
            Back to dead letters
          </Link>
        </p>
      </div>
    </div>
  );
}
