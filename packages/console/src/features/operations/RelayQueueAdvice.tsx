/** Why a relay's on-failure queue is shown but never replayed here, and what an operator does instead. */
export function RelayQueueAdvice() {
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body">
        These cannot be replayed from here. Each one describes a batch of events that the outbox relay could not deliver, not an event itself, and it
        cannot be sent again as it is.
      </p>
      <p className="govuk-body govuk-!-margin-bottom-0">
        Ask an operator: the events are still in the service&apos;s outbox table. They find them by the batch&apos;s arrival times, fix the cause,
        send them again to the services that consume them (an event already applied changes nothing), then delete the message with{' '}
        <code>pnpm ops dlq</code>.
      </p>
    </div>
  );
}
