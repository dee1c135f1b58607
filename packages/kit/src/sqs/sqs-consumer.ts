import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { AnyEventDefinition, EventOf } from '@platform/events';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { sqsClient } from '../aws/sqs-client.ts';
import { requiredEnv } from '../aws/env.ts';
import type { MessageSender } from '../aws/types.ts';
import { UnprocessableEventError } from '../errors.ts';
import { logger } from '../logging/logger.ts';
import { sendToDeadLetterQueue } from './dead-letter.ts';
import { parseEventMessage } from './parse-event-message.ts';

/**
 * What a consumer's `handle` receives besides the event: a logger already keyed with the event's ids.
 *
 * @example
 * ```ts
 * const handle = async (event: EventOf<typeof pingRecorded>, { logger }: EventContext) => logger.info('handled');
 * ```
 */
export interface EventContext {
  logger: Logger;
  correlationId: string;
  messageId: string;
}

/**
 * How to build an SQS consumer: the events it accepts and what to do with each.
 *
 * @example
 * ```ts
 * const options: SqsConsumerOptions<typeof pingRecorded> = { events: [pingRecorded], handle: async () => {} };
 * ```
 */
export interface SqsConsumerOptions<TDefinition extends AnyEventDefinition> {
  events: readonly TDefinition[];
  /**
   * Must be idempotent: delivery is at least once. Throw to have the message redelivered, or throw
   * {@link UnprocessableEventError} to send it straight to the dead-letter queue with its reason.
   */
  handle: (event: EventOf<TDefinition>, context: EventContext) => Promise<void>;
  /** Defaults to the container's SQS client. */
  sqs?: MessageSender;
  /** Defaults to the `DEAD_LETTER_QUEUE_URL` environment variable. */
  deadLetterQueueUrl?: string;
}

/**
 * A Lambda handler for an SQS queue of events, reporting partial batch failures (`{ batchItemFailures }`;
 * set `reportBatchItemFailures` on the event source).
 *
 * A message that can never succeed (not JSON, a bad envelope, an unknown type or version, data breaking its
 * schema, or `handle` throwing {@link UnprocessableEventError}) goes straight to the dead-letter queue with
 * the reason, and counts as handled so that it never holds up the queue; if that send fails, the message
 * fails. A valid event goes to `handle`; if that throws anything else the message fails, SQS redelivers it,
 * and the queue's redrive policy moves it to the dead-letter queue after `maxReceiveCount` tries.
 *
 * @example
 * ```ts
 * export const handler = sqsConsumer({
 *   events: [pingRecorded],
 *   handle: async (event, { logger }) => {
 *     await pings.markReceived(event.data.pingId, event.id);
 *     logger.info('ping received');
 *   },
 * });
 * ```
 */
export const sqsConsumer = <TDefinition extends AnyEventDefinition>(
  options: SqsConsumerOptions<TDefinition>,
): ((event: SQSEvent, context: Context) => Promise<SQSBatchResponse>) => {
  const { events, handle } = options;
  const sqs = options.sqs ?? sqsClient();
  const deadLetterQueueUrl = options.deadLetterQueueUrl ?? requiredEnv('DEAD_LETTER_QUEUE_URL');
  const log = logger();

  const handleRecord = async ({ body, messageId }: SQSRecord): Promise<void> => {
    const parsed = parseEventMessage(body, events);
    if (!parsed.ok) {
      // The reason names paths and types only, never values, so it may be logged.
      log.warn('poison message sent to the dead-letter queue', { messageId, reason: parsed.reason });
      await sendToDeadLetterQueue(sqs, deadLetterQueueUrl, { body, messageId, reason: parsed.reason });
      return;
    }
    const { event } = parsed;
    const eventLogger = log.createChild({
      persistentKeys: { messageId, eventId: event.id, eventType: event.type, correlationId: event.correlationId },
    });
    try {
      await handle(event, { logger: eventLogger, correlationId: event.correlationId, messageId });
    } catch (error) {
      if (error instanceof UnprocessableEventError) {
        eventLogger.warn('unprocessable event sent to the dead-letter queue', { reason: error.message });
        await sendToDeadLetterQueue(sqs, deadLetterQueueUrl, { body, messageId, reason: error.message });
        return;
      }
      eventLogger.error('event handling failed; the message will be redelivered', { error });
      throw error;
    }
  };

  return async (event, context) => {
    log.addContext(context);
    // A processor holds the state of one batch, so each invocation gets its own.
    const processor = new BatchProcessor(EventType.SQS);
    return processPartialResponse(event, handleRecord, processor, { context, throwOnFullBatchFailure: false });
  };
};
