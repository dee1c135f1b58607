import {
  ChangeMessageVisibilityCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ListQueuesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  StartMessageMoveTaskCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { RedriveRefusedError } from '../errors.ts';
import { describeDeadLetter, isNamedBy, redriveAttributes } from './dead-letter-summary.ts';
import type { DeadLetterSummary } from './dead-letter-summary.ts';

/** A queue by its name, URL and ARN. */
export interface QueueRef {
  name: string;
  url: string;
  arn: string;
}

/** A dead-letter queue and the queues whose redrive policy names it (none for a relay's on-failure queue). */
export interface DeadLetterQueue extends QueueRef {
  sources: QueueRef[];
}

// CDK names a dead-letter queue for its construct id (`DeadLetterQueue`); a relay's on-failure queue is
// named nowhere in a redrive policy, so the name is the only way to find it.
const looksLikeDeadLetterQueue = /dead-?letter|dlq|on-?failure/i;

const nameOf = (url: string): string => url.split('/').at(-1) ?? url;

/**
 * Every dead-letter queue whose name starts with the prefix: the targets of the queues' redrive policies,
 * and queues named as dead-letter queues (a stream's on-failure destination is in no redrive policy).
 *
 * @example
 * ```ts
 * const queues = await findDeadLetterQueues(sqs, { prefix: 'Platform-prod-' });
 * ```
 */
export const findDeadLetterQueues = async (sqs: SQSClient, { prefix }: { prefix?: string } = {}): Promise<DeadLetterQueue[]> => {
  const urls: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await sqs.send(new ListQueuesCommand({ MaxResults: 1000, ...(prefix ? { QueueNamePrefix: prefix } : {}), ...(nextToken ? { NextToken: nextToken } : {}) }));
    urls.push(...(page.QueueUrls ?? []));
    nextToken = page.NextToken;
  } while (nextToken);
  const queues = await Promise.all(
    urls.map(async (url) => {
      const { Attributes = {} } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn', 'RedrivePolicy'] }));
      const target = Attributes.RedrivePolicy ? (JSON.parse(Attributes.RedrivePolicy) as { deadLetterTargetArn?: string }).deadLetterTargetArn : undefined;
      return { name: nameOf(url), url, arn: Attributes.QueueArn ?? '', target };
    }),
  );
  const targets = new Set(queues.flatMap((queue) => (queue.target ? [queue.target] : [])));
  return queues
    .filter((queue) => targets.has(queue.arn) || looksLikeDeadLetterQueue.test(queue.name))
    .map(({ name, url, arn }) => ({
      name,
      url,
      arn,
      sources: queues.filter((queue) => queue.target === arn).map((source) => ({ name: source.name, url: source.url, arn: source.arn })),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
};

/**
 * Every message on a queue, held out of sight for `holdSeconds` and not deleted: SQS has no way to read a
 * queue without receiving, so each message is received once (with a long enough visibility timeout that
 * the loop never sees it twice) and {@link release}d afterwards. fauxqs, like SQS, counts the receive.
 *
 * @example
 * ```ts
 * const messages = await receiveAll(sqs, queue.url);
 * await release(sqs, queue.url, messages);
 * ```
 */
export const receiveAll = async (sqs: SQSClient, url: string, { holdSeconds = 30, limit = 1000 } = {}): Promise<Message[]> => {
  const messages: Message[] = [];
  while (messages.length < limit) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: url,
        MaxNumberOfMessages: 10,
        VisibilityTimeout: holdSeconds,
        // A short long-poll: SQS's short poll samples some of its servers and may answer empty while messages wait.
        WaitTimeSeconds: 1,
        MessageAttributeNames: ['All'],
        MessageSystemAttributeNames: ['All'],
      }),
    );
    if (Messages.length === 0) break;
    messages.push(...Messages);
  }
  return messages;
};

/**
 * Makes received messages visible again at once, as they were before {@link receiveAll}.
 *
 * @example
 * ```ts
 * await release(sqs, queue.url, messages);
 * ```
 */
export const release = async (sqs: SQSClient, url: string, messages: Message[]): Promise<void> => {
  for (const message of messages) {
    await sqs.send(new ChangeMessageVisibilityCommand({ QueueUrl: url, ReceiptHandle: message.ReceiptHandle, VisibilityTimeout: 0 }));
  }
};

// How many times a redrive looks for ids it has not found yet.
const FIND_PASSES = 3;

/** What a redrive did: the messages it moved, the ids it did not find, or the move task SQS started. */
export type RedriveOutcome = { moved: string[]; notFound: string[] } | { moveTaskHandle: string };

/** Why a relay's on-failure queue is never redriven, and what to do instead. */
export const ON_FAILURE_EXPLANATION =
  'it is the on-failure destination of an outbox relay: each message describes a stream batch (shard and ' +
  'sequence numbers) that the relay gave up on, not an event, and a stream cannot be re-read from a message. ' +
  'The events are still rows in the service\'s outbox table; find them by the batch\'s arrival times, fix the ' +
  'cause, and re-send them (a consumer ignores any it has already applied). Delete the message once done.';

/**
 * Moves dead letters back to the queue they came from: the one whose redrive policy names this queue.
 * With `all` and `moveTask`, SQS's own message move task does it (real SQS only: fauxqs has none); else
 * each message is sent to the source queue, then deleted here, so a crash between the two leaves a
 * duplicate, which the consumer's inbox ignores, never a loss.
 *
 * @example
 * ```ts
 * await redrive(sqs, queue, { ids: ['f3c1…'] });
 * await redrive(sqs, queue, { all: true, moveTask: true });
 * ```
 */
export const redrive = async (
  sqs: SQSClient,
  queue: DeadLetterQueue,
  { ids = [], all = false, moveTask = false }: { ids?: string[]; all?: boolean; moveTask?: boolean },
): Promise<RedriveOutcome> => {
  if (queue.sources.length === 0) throw new RedriveRefusedError(queue.name, looksLikeOnFailure(queue) ? ON_FAILURE_EXPLANATION : 'no queue names it in its redrive policy, so there is nowhere to send its messages back to');
  if (queue.sources.length > 1) throw new RedriveRefusedError(queue.name, `${queue.sources.map((source) => source.name).join(' and ')} both send to it, and a message does not say which it came from`);
  const source = queue.sources[0] as QueueRef;
  if (all && moveTask) {
    const { TaskHandle } = await sqs.send(new StartMessageMoveTaskCommand({ SourceArn: queue.arn, DestinationArn: source.arn }));
    return { moveTaskHandle: TaskHandle ?? '' };
  }
  const moved: string[] = [];
  const summaries: DeadLetterSummary[] = [];
  let wanted = ids;
  // A message another reader holds for a moment (a listing receives each to read it, then releases it) is
  // invisible to this one: ids not found are looked for again, a few times. Each pass ends with a receive that
  // waits a second for more, which is the pause between them.
  for (let pass = 1; pass <= (all ? 1 : FIND_PASSES); pass++) {
    const messages = await receiveAll(sqs, queue.url);
    const now = new Date();
    const described = messages.map((message) => ({ message, summary: describeDeadLetter(message, now) }));
    const chosen = described.filter(({ summary }) => all || isNamedBy(summary, wanted));
    if (chosen.some(({ summary }) => summary.kind === 'stream-batch')) {
      await release(sqs, queue.url, messages);
      throw new RedriveRefusedError(queue.name, ON_FAILURE_EXPLANATION);
    }
    for (const { message, summary } of chosen) {
      await sqs.send(
        new SendMessageCommand({
          QueueUrl: source.url,
          MessageBody: message.Body,
          MessageAttributes: redriveAttributes(message),
          ...(source.name.endsWith('.fifo')
            ? { MessageGroupId: message.Attributes?.MessageGroupId ?? 'redrive', MessageDeduplicationId: message.MessageId }
            : {}),
        }),
      );
      await sqs.send(new DeleteMessageCommand({ QueueUrl: queue.url, ReceiptHandle: message.ReceiptHandle }));
      moved.push(message.MessageId ?? '');
      summaries.push(summary);
    }
    await release(sqs, queue.url, described.filter((each) => !chosen.includes(each)).map(({ message }) => message));
    wanted = ids.filter((id) => !summaries.some((summary) => isNamedBy(summary, [id])));
    if (wanted.length === 0) break;
  }
  return { moved, notFound: all ? [] : wanted };
};

const looksLikeOnFailure = (queue: QueueRef) => /relay|on-?failure/i.test(queue.name);
