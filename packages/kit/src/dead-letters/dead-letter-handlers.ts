import type { Message, SQSClient } from '@aws-sdk/client-sqs';
import { NotFoundError, RedriveRefusedError } from '../errors.ts';
import { httpHandler } from '../http/http-handler.ts';
import type { HttpLambdaHandler } from '../http/http-handler.ts';
import { ON_FAILURE_EXPLANATION, receiveAll, redrive, release } from './dead-letter-queues.ts';
import { MAX_LISTED_DEAD_LETTERS } from './dead-letter-routes.ts';
import type { deadLetterRoutes } from './dead-letter-routes.ts';
import { describeDeadLetter, isNamedBy, prettyBody } from './dead-letter-summary.ts';
import type { DeadLetterSummary } from './dead-letter-summary.ts';
import type { ServiceDeadLetterQueue } from './service-dead-letter-queues.ts';

type DeadLetterRoutes = ReturnType<typeof deadLetterRoutes<string>>;

/** What a dead-letter handler works on: an SQS client and the service's own queues, nothing else. */
export interface DeadLetterHandlerDependencies {
  sqs: SQSClient;
  queues: readonly ServiceDeadLetterQueue[];
}

// Absent fields are left out rather than sent as undefined, so the answer matches its strict schema.
const summaryBody = (summary: DeadLetterSummary) => ({
  messageId: summary.messageId,
  kind: summary.kind,
  ...(summary.failureReason === undefined ? {} : { failureReason: summary.failureReason }),
  ...(summary.eventType === undefined ? {} : { eventType: summary.eventType }),
  ...(summary.eventId === undefined ? {} : { eventId: summary.eventId }),
  ...(summary.ageSeconds === undefined ? {} : { ageSeconds: summary.ageSeconds }),
});

const queueNamed = (queues: readonly ServiceDeadLetterQueue[], queue: string): ServiceDeadLetterQueue => {
  const found = queues.find((each) => each.queue === queue);
  // Another service's queue, or none: the same answer, so the route says nothing of what else exists.
  if (found === undefined) throw new NotFoundError(`this service has no dead-letter queue ${queue}; its queues are ${queues.map((each) => each.queue).join(', ')}`);
  return found;
};

/** Reads every message of a queue, holding them for the read only, then puts them back as they were. */
const peek = async (sqs: SQSClient, queue: ServiceDeadLetterQueue, limit: number): Promise<Message[]> => {
  const messages = await receiveAll(sqs, queue.url, { limit });
  await release(sqs, queue.url, messages);
  return messages;
};

/**
 * `GET /<service>/dead-letters`: each of the service's dead-letter queues with up to
 * {@link MAX_LISTED_DEAD_LETTERS} of its messages (reason, event type and id, age), read without deleting.
 *
 * @example
 * ```ts
 * export const handler = listDeadLettersHandler(listDeadLetters, { sqs: sqsClient(), queues: serviceDeadLetterQueues() });
 * ```
 */
export const listDeadLettersHandler = (contract: DeadLetterRoutes['listDeadLetters'], { sqs, queues }: DeadLetterHandlerDependencies): HttpLambdaHandler =>
  httpHandler(contract, async (_request, { logger }) => {
    const now = new Date();
    const listed = await Promise.all(
      queues.map(async (queue) => {
        const messages = (await peek(sqs, queue, MAX_LISTED_DEAD_LETTERS + 1)).map((message) => describeDeadLetter(message, now));
        const shown = messages.slice(0, MAX_LISTED_DEAD_LETTERS);
        return {
          queue: queue.queue,
          name: queue.name,
          kind: queue.kind,
          replayable: queue.kind === 'inbox' && queue.sources.length === 1,
          ...(queue.sources[0] === undefined ? {} : { redrivesTo: queue.sources[0].name }),
          messageCount: shown.length,
          more: messages.length > shown.length,
          messages: shown.map(summaryBody),
        };
      }),
    );
    logger.info('dead letters listed', { counts: Object.fromEntries(listed.map((queue) => [queue.queue, queue.messageCount])) });
    return { status: 200, body: { queues: listed } };
  });

/**
 * `GET /<service>/dead-letters/{queue}/{messageId}`: one dead letter, named by its message id or its
 * event's id, with its attributes and its body pretty-printed; a 404 for a queue that is not the service's.
 *
 * @example
 * ```ts
 * export const handler = getDeadLetterHandler(getDeadLetter, { sqs: sqsClient(), queues: serviceDeadLetterQueues() });
 * ```
 */
export const getDeadLetterHandler = (contract: DeadLetterRoutes['getDeadLetter'], { sqs, queues }: DeadLetterHandlerDependencies): HttpLambdaHandler =>
  httpHandler(contract, async ({ params }) => {
    const queue = queueNamed(queues, params.queue);
    const now = new Date();
    const message = (await peek(sqs, queue, 1_000)).find((each) => isNamedBy(describeDeadLetter(each, now), [params.messageId]));
    if (message === undefined) throw new NotFoundError(`${queue.queue} holds no message ${params.messageId} (as its message id or its event's id)`);
    const sentAt = Number(message.Attributes?.SentTimestamp);
    const receiveCount = Number(message.Attributes?.ApproximateReceiveCount);
    const attributes = Object.fromEntries(
      Object.entries(message.MessageAttributes ?? {}).flatMap(([name, value]) => (value.StringValue === undefined ? [] : [[name, value.StringValue]])),
    );
    return {
      status: 200,
      body: {
        ...summaryBody(describeDeadLetter(message, now)),
        queue: queue.queue,
        replayable: queue.kind === 'inbox' && queue.sources.length === 1,
        ...(Number.isFinite(sentAt) && sentAt > 0 ? { sentAt: new Date(sentAt).toISOString() } : {}),
        ...(Number.isInteger(receiveCount) && receiveCount >= 0 ? { receiveCount } : {}),
        attributes,
        body: prettyBody(message.Body),
      },
    };
  });

/**
 * `POST /<service>/dead-letters/{queue}/redrive`: sends the chosen messages (or all) back to the queue
 * they came from and answers with what moved; a relay's on-failure queue is refused (409) with what to do
 * instead. Replaying is safe: each consumer's inbox record makes an event applied already change nothing.
 *
 * @example
 * ```ts
 * export const handler = redriveDeadLettersHandler(redriveDeadLetters, { sqs: sqsClient(), queues: serviceDeadLetterQueues() });
 * ```
 */
export const redriveDeadLettersHandler = (contract: DeadLetterRoutes['redriveDeadLetters'], { sqs, queues }: DeadLetterHandlerDependencies): HttpLambdaHandler =>
  httpHandler(contract, async ({ params, body }, { caller, logger }) => {
    const queue = queueNamed(queues, params.queue);
    // By its kind, not its name: a deployed queue's name may be cut short before it says "Relay".
    if (queue.kind === 'outbox-relay') throw new RedriveRefusedError(queue.name, ON_FAILURE_EXPLANATION);
    // Message by message, never SQS's move task: the answer then says exactly what moved, and the
    // function needs no permission beyond this queue and its source.
    const outcome = await redrive(sqs, queue, 'all' in body ? { all: true } : { ids: body.messageIds });
    if ('moveTaskHandle' in outcome) throw new Error('a redrive without moveTask started a move task');
    logger.info('dead letters redriven', { queue: queue.queue, by: caller.id, moved: outcome.moved.length, notFound: outcome.notFound.length });
    return { status: 200, body: { queue: queue.queue, movedTo: queue.sources[0]?.name ?? '', moved: outcome.moved, notFound: outcome.notFound } };
  });
