import { Link } from 'react-router';
import { useSession } from '../../auth/session.tsx';
import { deadLetterCount, deadLetterServicesFor } from '../operations/dead-letter-words.ts';
import { useDeadLetterQueues } from '../operations/queries.ts';

/** How many events wait in the caller's dead-letter queues, with a link to read and replay them. */
export function DeadLetterAttention() {
  const session = useSession();
  const read = useDeadLetterQueues(deadLetterServicesFor(session.roles));
  const queues = read.data?.flatMap(({ queues }) => queues) ?? [];
  const count = queues.reduce((total, queue) => total + queue.messageCount, 0);
  const more = queues.some((queue) => queue.more);
  return (
    <section aria-labelledby="attention-dead-letters" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="attention-dead-letters">
        Events waiting in a dead-letter queue
      </h2>
      <p className="govuk-body">
        {read.error ? (
          <>
            The dead letters could not be read just now.{' '}
            <Link className="govuk-link" to="/operations/dead-letters">
              Try the dead letters page
            </Link>
            .
          </>
        ) : read.data === undefined ? (
          <span role="status">Counting the dead letters…</span>
        ) : count === 0 ? (
          'No event is waiting: every one was processed.'
        ) : (
          <>
            <Link className="govuk-link" to="/operations/dead-letters">
              {more ? 'More than ' : ''}
              {deadLetterCount(count)} waiting
            </Link>{' '}
            to be read and replayed once the cause is fixed.
          </>
        )}
      </p>
    </section>
  );
}
