import { Link, useParams } from 'react-router';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { NotFoundPage, ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { formatInstant } from '../../format/dates.ts';
import { isProblem } from '../../api/problem.ts';
import { isDeadLetterService, queueLabel, waitedFor } from './dead-letter-words.ts';
import type { DeadLetterService } from './dead-letter-words.ts';
import { useDeadLetter } from './queries.ts';
import { RelayQueueAdvice } from './RelayQueueAdvice.tsx';

function DeadLetterDetails({ service, queue, messageId }: { service: DeadLetterService; queue: string; messageId: string }) {
  const read = useDeadLetter(service, queue, messageId);
  const kind = queue.endsWith('-outbox-relay') ? 'outbox-relay' : 'inbox';
  const label = queueLabel(service, kind);
  usePageTitle(read.data?.eventType ? `Dead letter: ${read.data.eventType}` : 'Dead letter');
  if (isProblem(read.error, 404)) return <NotFoundPage />;
  if (read.isError) return <ReadFailure error={read.error} />;
  const back = '/operations/dead-letters';
  return (
    <>
      <Link to={back} className="govuk-back-link">
        Back to dead letters
      </Link>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        <span className="govuk-caption-l">{label}</span>
        {read.data?.eventType ? `Dead letter: ${read.data.eventType}` : 'Dead letter'}
      </h1>
      {read.isPending ? (
        <p className="govuk-body" role="status">
          Loading the dead letter…
        </p>
      ) : (
        <>
          <SummaryList
            rows={[
              { key: 'Why it failed', value: read.data.failureReason ?? 'No reason recorded: it failed three times' },
              { key: 'Event type', value: read.data.eventType ?? 'Not an event' },
              { key: 'Event id', value: read.data.eventId ?? 'None' },
              { key: 'Waiting for', value: waitedFor(read.data.ageSeconds) },
              { key: 'Reached the queue', value: read.data.sentAt ? formatInstant(read.data.sentAt) : 'Not known' },
              { key: 'Times received (each reading counts)', value: read.data.receiveCount === undefined ? 'Not known' : String(read.data.receiveCount) },
              { key: 'Message id', value: <span className="app-wrap-anywhere">{read.data.messageId}</span> },
            ]}
          />
          <h2 className="govuk-heading-m">The message</h2>
          <pre className="app-code govuk-!-margin-bottom-6" tabIndex={0} aria-label="The message's body">
            {read.data.body}
          </pre>
          {read.data.replayable ? (
            <>
              <p className="govuk-body">Replay it only once the cause of its failure is fixed: if the event itself is wrong, it will fail again.</p>
              <Link className="govuk-button" data-module="govuk-button" to={`/operations/dead-letters/${service}/${queue}/replay?id=${encodeURIComponent(read.data.messageId)}`}>
                Replay this dead letter
              </Link>
            </>
          ) : (
            <RelayQueueAdvice />
          )}
        </>
      )}
    </>
  );
}

/** One dead letter: why it failed, which event it holds, how long it has waited, and its body. */
export function DeadLetterPage() {
  const { service = '', queue = '', messageId = '' } = useParams();
  if (!isDeadLetterService(service)) return <NotFoundPage />;
  return <DeadLetterDetails service={service} queue={queue} messageId={messageId} />;
}
