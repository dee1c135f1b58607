import { DeleteMessageBatchCommand, ReceiveMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import type { FunctionPool } from '../runtime/function-pool.ts';
import type { QueueMappingWiring } from '../wiring/wiring.ts';
import { failedMessageIds, sqsEvent } from './sqs-event.ts';

export interface Poller {
  stop(): Promise<void>;
}

/** An SQS poller, which also says how many batches it is running at once. */
export interface SqsPoller extends Poller {
  /** Poller loops running now: 1 on an idle queue, more while a backlog lasts. */
  loops(): number;
}

const MAX_RECEIVE = 10;

/** Concurrent batches per SQS event source where its mapping sets no `ScalingConfig.MaximumConcurrency`. */
export const DEFAULT_SQS_POLLER_CONCURRENCY = 5;

/**
 * The local stand-in for a Lambda SQS event source mapping: long-polls the queue, invokes
 * the function with up to `batchSize` messages, and deletes what succeeded. A failed
 * invocation deletes nothing; with `ReportBatchItemFailures`, only the listed messages stay.
 * Messages left behind become visible again after the queue's visibility timeout, and the
 * queue's redrive policy moves them to the DLQ after `maxReceiveCount`, both in the emulator.
 *
 * It scales as Lambda's pollers do: one loop while the queue is quiet (so an idle mapping costs the
 * emulator one long poll at a time), another each time a receive comes back full (a backlog), up to
 * the mapping's `ScalingConfig.MaximumConcurrency` or `concurrency`, and a loop whose receive comes
 * back empty stops, down to the one that always polls. Several batches in flight at once is also
 * what makes delivery out of order, as in AWS.
 *
 * @example
 * const poller = startSqsPoller({ mapping, queueUrl, queueArn, sqs, pool, region, concurrency: 5 });
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
  /** The most batches at once where the mapping sets no maximum concurrency. */
  concurrency: number;
  onError: (error: unknown) => void;
}): SqsPoller => {
  let running = mapping.enabled;
  const abort = new AbortController();
  const maxLoops = Math.max(1, mapping.maximumConcurrency ?? concurrency);
  const loops = new Set<Promise<void>>();
  const deletes = new Set<Promise<void>>();
  // Counted apart from `loops`, and changed at the moment a loop decides, so two loops finding the queue
  // empty together cannot both stop and leave none.
  let active = 0;
  // A receive of this many means more may be waiting: one receive's most, or the whole batch.
  const fullBatch = Math.min(MAX_RECEIVE, mapping.batchSize);

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

  const startLoop = () => {
    active++;
    const looping = loop().finally(() => loops.delete(looping));
    loops.add(looping);
  };

  const loop = async () => {
    while (running) {
      try {
        const batch = await receive();
        if (!batch.length) {
          // The backlog is gone: this loop stops, unless it is the last one.
          if (active > 1) {
            active--;
            return;
          }
          continue;
        }
        if (batch.length >= fullBatch && active < maxLoops && running) startLoop();
        const ids = batch.map((message) => message.MessageId ?? '');
        let failed: Set<string>;
        try {
          const result = await pool.invoke(mapping.functionLogicalId, sqsEvent(batch, { queueArn, region }));
          failed = mapping.reportBatchItemFailures ? failedMessageIds(result, ids) : new Set();
        } catch (error) {
          onError(error);
          failed = new Set(ids);
        }
        // The delete trails the next receive, as Lambda's poller's does: the messages stay invisible for the
        // queue's visibility timeout meanwhile, and a delete that fails leaves them to be delivered again,
        // which the consumers' inboxes make harmless.
        const deleting = deleteSucceeded(batch.filter((message) => !failed.has(message.MessageId ?? ''))).catch(onError);
        deletes.add(deleting);
        void deleting.finally(() => deletes.delete(deleting));
      } catch (error) {
        if (!running) break;
        onError(error);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  };

  if (running) startLoop();
  return {
    loops: () => active,
    stop: async () => {
      running = false;
      abort.abort();
      while (loops.size) await Promise.allSettled([...loops]);
      await Promise.allSettled([...deletes]);
    },
  };
};
