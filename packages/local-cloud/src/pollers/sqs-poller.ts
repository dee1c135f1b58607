import { DeleteMessageBatchCommand, ReceiveMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import type { FunctionPool } from '../runtime/function-pool.ts';
import type { QueueMappingWiring } from '../wiring/wiring.ts';
import { failedMessageIds, sqsEvent } from './sqs-event.ts';

export interface Poller {
  stop(): Promise<void>;
}

const MAX_RECEIVE = 10;

/**
 * The local stand-in for a Lambda SQS event source mapping: long-polls the queue, invokes
 * the function with up to `batchSize` messages, and deletes what succeeded. A failed
 * invocation deletes nothing; with `ReportBatchItemFailures`, only the listed messages stay.
 * Messages left behind become visible again after the queue's visibility timeout, and the
 * queue's redrive policy moves them to the DLQ after `maxReceiveCount`, both in the emulator.
 *
 * @example
 * const poller = startSqsPoller({ mapping, queueUrl, queueArn, sqs, pool, region, concurrency: 2 });
 * await poller.stop();
 */
export const startSqsPoller = ({
  mapping,
  queueUrl,
  queueArn,
  sqs,
  pool,
  region,
  concurrency,
  onError,
}: {
  mapping: QueueMappingWiring;
  queueUrl: string;
  queueArn: string;
  sqs: SQSClient;
  pool: FunctionPool;
  region: string;
  concurrency: number;
  onError: (error: unknown) => void;
}): Poller => {
  let running = mapping.enabled;
  const abort = new AbortController();

  const receive = async (): Promise<Message[]> => {
    const batch: Message[] = [];
    const windowEnds = Date.now() + mapping.maximumBatchingWindowSeconds * 1_000;
    do {
      const { Messages = [] } = await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: queueUrl,
          MaxNumberOfMessages: Math.min(MAX_RECEIVE, mapping.batchSize - batch.length),
          WaitTimeSeconds: batch.length ? 0 : 1,
          MessageSystemAttributeNames: ['All'],
          MessageAttributeNames: ['All'],
        }),
        { abortSignal: abort.signal },
      );
      batch.push(...Messages);
      if (!Messages.length && batch.length) break;
    } while (running && batch.length > 0 && batch.length < mapping.batchSize && Date.now() < windowEnds);
    return batch;
  };

  const deleteSucceeded = async (messages: Message[]) => {
    for (let start = 0; start < messages.length; start += MAX_RECEIVE) {
      const chunk = messages.slice(start, start + MAX_RECEIVE);
      await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: chunk.map((message, index) => ({ Id: String(index), ReceiptHandle: message.ReceiptHandle ?? '' })),
        }),
      );
    }
  };

  const loop = async () => {
    while (running) {
      try {
        const batch = await receive();
        if (!batch.length) continue;
        const ids = batch.map((message) => message.MessageId ?? '');
        let failed: Set<string>;
        try {
          const result = await pool.invoke(mapping.functionLogicalId, sqsEvent(batch, { queueArn, region }));
          failed = mapping.reportBatchItemFailures ? failedMessageIds(result, ids) : new Set();
        } catch (error) {
          onError(error);
          failed = new Set(ids);
        }
        await deleteSucceeded(batch.filter((message) => !failed.has(message.MessageId ?? '')));
      } catch (error) {
        if (!running) break;
        onError(error);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  };

  const loops = running ? Array.from({ length: concurrency }, loop) : [];
  return {
    stop: async () => {
      running = false;
      abort.abort();
      await Promise.allSettled(loops);
    },
  };
};
