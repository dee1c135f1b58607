import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { EventEnvelope } from '@platform/events';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { MessageSender } from '../aws/types.ts';
import { MalformedOutboxRecordError } from '../errors.ts';
import { describeIssues, inputIssues } from '../issues.ts';
import { asciiJsonText } from '../json/ascii-json.ts';
import { logger } from '../logging/logger.ts';
import type { EventQueueRoutes } from './event-queue-routes.ts';

// Only the `event` attribute is needed, and it is a string, so the image is read without a general
// unmarshaller (which would need @aws-sdk/util-dynamodb as a direct dependency).
const storedEventOf = (record: DynamoDBRecord): string => {
  const stored = record.dynamodb?.NewImage?.event?.S;
  if (stored === undefined) {
    throw new MalformedOutboxRecordError(record.dynamodb?.SequenceNumber, 'its new image has no string attribute "event"');
  }
  return stored;
};

const envelopeOf = (record: DynamoDBRecord, stored: string): EventEnvelope => {
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    throw new MalformedOutboxRecordError(record.dynamodb?.SequenceNumber, 'its "event" attribute is not JSON');
  }
  const envelope = EventEnvelope.safeParse(json);
  if (!envelope.success) {
    const issues = describeIssues(inputIssues(envelope.error.issues));
    throw new MalformedOutboxRecordError(record.dynamodb?.SequenceNumber, `its event is not a valid envelope: ${issues}`);
  }
  return envelope.data;
};

/**
 * Builds the outbox relay: a Lambda handler for the outbox table's stream that sends each newly inserted
 * event, as stored, to every queue routed for its type, with `eventType` and `correlationId` message
 * attributes. Other stream records (TTL deletions, updates) are ignored. A record that fails is reported
 * as a partial batch failure and retried, so a queue may receive an event more than once: consumers are
 * idempotent.
 *
 * @example
 * ```ts
 * export const handler = outboxRelay({ sqs: sqsClient(), routes: parseEventQueueRoutes(requiredEnv('EVENT_ROUTES')) });
 * ```
 */
export const outboxRelay = ({
  sqs,
  routes,
}: {
  sqs: MessageSender;
  routes: EventQueueRoutes;
}): ((event: DynamoDBStreamEvent, context: Context) => Promise<DynamoDBBatchResponse>) => {
  const log = logger();

  const relayRecord = async (record: DynamoDBRecord): Promise<void> => {
    if (record.eventName !== 'INSERT') return;
    const stored = storedEventOf(record);
    const { id, type, correlationId } = envelopeOf(record, stored);
    const queueUrls = routes[type] ?? [];
    if (queueUrls.length === 0) {
      log.warn('no queue is routed this event type; the event is not sent', { eventId: id, eventType: type });
      return;
    }
    await Promise.all(
      queueUrls.map((queueUrl) =>
        sqs.send(
          new SendMessageCommand({
            QueueUrl: queueUrl,
            // The stored JSON, every non-ASCII character escaped: a name with an emoji or U+FFFF is still sent.
            MessageBody: asciiJsonText(stored),
            MessageAttributes: {
              eventType: { DataType: 'String', StringValue: type },
              correlationId: { DataType: 'String', StringValue: correlationId },
            },
          }),
        ),
      ),
    );
    log.info('event relayed', { eventId: id, eventType: type, correlationId, queues: queueUrls.length });
  };

  return async (event, context) => {
    log.addContext(context);
    // A processor holds the state of one batch, so each invocation gets its own.
    const processor = new BatchProcessor(EventType.DynamoDBStreams);
    return processPartialResponse(event, relayRecord, processor, { context, throwOnFullBatchFailure: false });
  };
};
