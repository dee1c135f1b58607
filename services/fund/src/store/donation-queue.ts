import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import type { SendMessageBatchCommandOutput } from '@aws-sdk/client-sqs';
import type { EventEnvelope } from '@platform/events';
import { asciiJson } from '@platform/kit';

/** Where `fund.donation-received` events are sent to be levied: the fund's own inbound queue. */
export interface DonationQueue {
  /** Sends the events; returns the indexes of any that the queue did not take. */
  send(events: readonly EventEnvelope[]): Promise<number[]>;
}

/** The one thing this queue asks of an SQS client. `sqsClient()` is one; tests pass a fake. */
export interface BatchSender {
  send(command: SendMessageBatchCommand): Promise<SendMessageBatchCommandOutput>;
}

// SQS takes at most 10 messages per batch; a few batches in flight keep a 5,000-row import well inside
// the API's 30 seconds without hammering the queue.
const BATCH_SIZE = 10;
const BATCHES_IN_FLIGHT = 8;

/** Sends events to an SQS queue, as the outbox relay would: the event as the body (ASCII JSON, see `asciiJson`), its type and correlation id as attributes. */
export class SqsDonationQueue implements DonationQueue {
  readonly #sqs: BatchSender;
  readonly #queueUrl: string;

  constructor(sqs: BatchSender, queueUrl: string) {
    this.#sqs = sqs;
    this.#queueUrl = queueUrl;
  }

  async send(events: readonly EventEnvelope[]): Promise<number[]> {
    const batches: number[][] = [];
    for (let start = 0; start < events.length; start += BATCH_SIZE) {
      batches.push(events.slice(start, start + BATCH_SIZE).map((_, offset) => start + offset));
    }
    const failed: number[] = [];
    let next = 0;
    const worker = async () => {
      for (let batch = batches[next++]; batch !== undefined; batch = batches[next++]) failed.push(...(await this.#sendBatch(events, batch)));
    };
    await Promise.all(Array.from({ length: Math.min(BATCHES_IN_FLIGHT, batches.length) }, worker));
    return failed.sort((a, b) => a - b);
  }

  async #sendBatch(events: readonly EventEnvelope[], indexes: number[]): Promise<number[]> {
    const { Failed = [] } = await this.#sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: this.#queueUrl,
        Entries: indexes.map((index) => {
          const event = events[index] as EventEnvelope;
          return {
            Id: String(index),
            MessageBody: asciiJson(event),
            MessageAttributes: {
              eventType: { DataType: 'String', StringValue: event.type },
              correlationId: { DataType: 'String', StringValue: event.correlationId },
            },
          };
        }),
      }),
    );
    return Failed.map((entry) => Number(entry.Id));
  }
}
