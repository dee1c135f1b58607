import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiProblemError, isProblem } from '../../api/problem.ts';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { NotFoundPage, ProblemPage, ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { deadLetterCount, isDeadLetterService, queueLabel } from './dead-letter-words.ts';
import type { DeadLetterService } from './dead-letter-words.ts';
import { useDeadLetterQueues, useRedrive } from './queries.ts';

function ConfirmReplay({ service, queue }: { service: DeadLetterService; queue: string }) {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const all = search.get('all') === 'true';
  const ids = search.getAll('id');
  const read = useDeadLetterQueues([service]);
  const redrive = useRedrive(service, queue);
  const listed = read.data?.[0]?.queues.find((each) => each.queue === queue);
  const label = queueLabel(service, queue.endsWith('-outbox-relay') ? 'outbox-relay' : 'inbox');
  const chosen = listed?.messages.filter((message) => all || ids.includes(message.messageId)) ?? [];
  const count = all && listed?.more ? undefined : all ? chosen.length : ids.length;
  const title = count === undefined ? `Are you sure you want to replay every dead letter in the ${label}?` : `Are you sure you want to replay ${deadLetterCount(count)}?`;
  usePageTitle(title);
  if (read.error) return <ReadFailure error={read.error} />;
  if (read.data !== undefined && listed === undefined) return <NotFoundPage />;
  if (redrive.isError && !isProblem(redrive.error, 409)) return <ProblemPage error={redrive.error} />;
  const back = '/operations/dead-letters';
  const replay = () =>
    redrive.mutate(all ? { all: true } : { messageIds: ids }, {
      onSuccess: (outcome) =>
        void navigate(
          `/operations/dead-letters/${service}/${queue}/replayed?${new URLSearchParams([...outcome.moved.map((id) => ['moved', id]), ...outcome.notFound.map((id) => ['notFound', id])]).toString()}`,
        ),
    });
  return (
    <>
      <Link to={back} className="govuk-back-link">
        Back to dead letters
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l" tabIndex={-1}>
            <span className="govuk-caption-l">{label}</span>
            {title}
          </h1>
          {isProblem(redrive.error, 409) ? (
            <p className="govuk-body">{redrive.error instanceof ApiProblemError ? redrive.error.detail : 'This queue cannot be replayed.'}</p>
          ) : (
            <>
              {chosen.length > 0 ? (
                <ul className="govuk-list govuk-list--bullet">
                  {chosen.map((message) => (
                    <li key={message.messageId} className="app-wrap-anywhere">
                      {message.kind === 'event' ? `${message.eventType} ${message.eventId}` : message.messageId}: {message.failureReason ?? 'no reason recorded'}
                    </li>
                  ))}
                </ul>
              ) : null}
              <p className="govuk-body">Each goes back to the queue it came from and is processed again. An event already applied changes nothing.</p>
              <div className="govuk-warning-text">
                <span className="govuk-warning-text__icon" aria-hidden="true">
                  !
                </span>
                <strong className="govuk-warning-text__text">
                  <span className="govuk-visually-hidden">Warning</span>
                  Replay only once the cause is fixed. A message whose event is itself wrong fails again and comes back here.
                </strong>
              </div>
              <div className="govuk-button-group">
                <button
                  type="button"
                  className="govuk-button"
                  data-module="govuk-button"
                  disabled={redrive.isPending}
                  aria-disabled={redrive.isPending}
                  onClick={replay}
                >
                  Replay
                </button>
                <Link className="govuk-link" to={back}>
                  Cancel
                </Link>
              </div>
            </>
          )}
        </div>
      </div>
    </>
  );
}

/** Replay the dead letters chosen (`?id=…`, repeated) or every one (`?all=true`), after saying what that does. */
export function ReplayPage() {
  const { service = '', queue = '' } = useParams();
  const [search] = useSearchParams();
  if (!isDeadLetterService(service) || (search.get('all') !== 'true' && search.getAll('id').length === 0)) return <NotFoundPage />;
  return <ConfirmReplay service={service} queue={queue} />;
}
