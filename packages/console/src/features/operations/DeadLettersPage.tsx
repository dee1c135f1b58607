import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../auth/session.tsx';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import type { FieldError } from '../../components/error-summary/ErrorSummary.tsx';
import { Choices } from '../../components/fields/Choices.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { deadLetterCount, deadLetterServicesFor, queueLabel, waitedFor } from './dead-letter-words.ts';
import type { DeadLetterService } from './dead-letter-words.ts';
import { useDeadLetterQueues } from './queries.ts';
import type { DeadLetterQueue } from './queries.ts';
import { RelayQueueAdvice } from './RelayQueueAdvice.tsx';

const describe = (message: DeadLetterQueue['messages'][number]) =>
  message.kind === 'event' ? `${message.eventType} ${message.eventId}` : message.kind === 'stream-batch' ? 'A batch of events' : 'A message that is not an event';

/** One queue: its messages as a table, and (for an inbox's) the choice of which to replay. */
function QueueSection({ service, queue, onError }: { service: DeadLetterService; queue: DeadLetterQueue; onError: (error: FieldError | undefined) => void }) {
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | undefined>();
  const label = queueLabel(service, queue.kind);
  const id = `replay-${queue.queue}`;
  const base = `/operations/dead-letters/${service}/${queue.queue}`;
  const replayChosen = (event: React.FormEvent) => {
    event.preventDefault();
    if (chosen.length === 0) {
      const message = 'Select the dead letters to replay';
      setError(message);
      onError({ fieldId: id, message });
      return;
    }
    onError(undefined);
    void navigate(`${base}/replay?${new URLSearchParams(chosen.map((messageId) => ['id', messageId])).toString()}`);
  };
  return (
    <section aria-labelledby={`${queue.queue}-heading`} className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-m" id={`${queue.queue}-heading`}>
        {label}
        <span className="govuk-caption-m">{queue.more ? `More than ${deadLetterCount(queue.messageCount)}` : deadLetterCount(queue.messageCount)} waiting</span>
      </h2>
      {queue.messages.length === 0 ? (
        <p className="govuk-body">Nothing is waiting in this queue.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Dead letters in the {label}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Message</th>
              <th scope="col" className="govuk-table__header">Why it failed</th>
              <th scope="col" className="govuk-table__header">Waiting for</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {queue.messages.map((message) => (
              <tr key={message.messageId} className="govuk-table__row">
                <td className="govuk-table__cell app-wrap-anywhere">
                  <Link className="govuk-link" to={`${base}/${message.messageId}`}>
                    {message.kind === 'event' ? message.eventType : describe(message)}
                  </Link>
                  {message.eventId ? <div className="govuk-hint govuk-!-margin-bottom-0">Event {message.eventId}</div> : null}
                </td>
                <td className="govuk-table__cell app-wrap-anywhere">{message.failureReason ?? 'No reason recorded: it failed three times'}</td>
                <td className="govuk-table__cell">{waitedFor(message.ageSeconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {queue.more ? <p className="govuk-body">Only the first {queue.messageCount} are shown. Replay these to see the rest.</p> : null}
      {queue.kind === 'outbox-relay' && queue.messages.length > 0 ? <RelayQueueAdvice /> : null}
      {queue.replayable && queue.messages.length > 0 ? (
        <form noValidate onSubmit={replayChosen}>
          <Choices
            id={id}
            legend={`Which dead letters in the ${label} do you want to replay?`}
            hint="Replay one only once the cause of its failure is fixed. An event already applied changes nothing."
            error={error}
            multiple
            small
            choices={queue.messages.map((message) => ({ value: message.messageId, label: describe(message) }))}
            selected={chosen}
            onChange={setChosen}
          />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
              Replay selected
            </button>
            <Link className="govuk-link" to={`${base}/replay?all=true`}>
              Replay all {queue.more ? '' : deadLetterCount(queue.messageCount)} in the {label}
            </Link>
          </div>
        </form>
      ) : null}
    </section>
  );
}

/** The dead letters of the caller's services: each queue with what waits in it, and replaying them. */
export function DeadLettersPage() {
  const session = useSession();
  const services = deadLetterServicesFor(session.roles);
  const read = useDeadLetterQueues(services);
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const shown = Object.values(errors);
  usePageTitle('Dead letters', shown.length > 0);
  if (read.error) return <ReadFailure error={read.error} />;
  const errorFor = (queue: string) => (error: FieldError | undefined) =>
    setErrors((current) => {
      const { [queue]: _, ...rest } = current;
      return error === undefined ? rest : { ...rest, [queue]: error };
    });
  return (
    <>
      {shown.length > 0 ? <ErrorSummary errors={shown} /> : null}
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Dead letters
      </h1>
      <p className="govuk-body">
        Events a service could not process wait here, up to 14 days. Read why each failed, fix the cause, then replay it: it goes back to the queue it
        came from, and a service never applies an event twice.
      </p>
      {read.isPending || read.data === undefined ? (
        <p className="govuk-body" role="status">
          Loading the dead letters…
        </p>
      ) : (
        read.data.flatMap(({ service, queues }) => queues.map((queue) => <QueueSection key={queue.queue} service={service} queue={queue} onError={errorFor(queue.queue)} />))
      )}
    </>
  );
}
