// The two baselines of `pnpm bench:levy`, measured on the emulators the pipeline used, in the same run.
import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocument } from '@aws-sdk/lib-dynamodb';
import { CreateQueueCommand, DeleteMessageBatchCommand, DeleteQueueCommand, ReceiveMessageCommand, SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { tableLike, type LocalCloudClient } from '@platform/testing';
import { DynamoFundStore } from '../src/store/dynamo-fund-store.ts';

/**
 * A fund store on a fresh table made like `like` (its key schema and its indexes, whose writes a levy pays
 * for too), so that the baseline writes exactly the items the consumer writes, and nowhere near its data.
 */
export const baselineStore = async (dynamodb: DynamoDBClient, like: string): Promise<DynamoFundStore> => {
  const tableName = await tableLike(dynamodb, like, 'bench-baseline');
  return new DynamoFundStore(DynamoDBDocument.from(dynamodb, { marshallOptions: { removeUndefinedValues: true } }), { tableName });
};

/**
 * How long `pollers` loops take to drain `count` small messages from a scratch queue with the poller's own
 * calls (receive up to 10, delete them in one batch): the part of the pipeline's time that is SQS alone.
 */
export const sqsDrain = async (sqs: SQSClient, count: number, pollers: number): Promise<number> => {
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: `bench-drain-${randomUUID()}` }));
  if (QueueUrl === undefined) throw new Error('fauxqs made no scratch queue');
  try {
    for (let sent = 0; sent < count; sent += 100) {
      await Promise.all(
        Array.from({ length: Math.min(10, (count - sent) / 10) }, (_, batch) =>
          sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: Array.from({ length: 10 }, (_, index) => ({ Id: String(index), MessageBody: `${sent + batch * 10 + index}` })) })),
        ),
      );
    }
    const started = Date.now();
    let drained = 0;
    await Promise.all(
      Array.from({ length: pollers }, async () => {
        while (drained < count) {
          const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
          // Empty while the last messages are in other pollers' hands: look again shortly.
          if (Messages.length === 0) {
            await new Promise((resolve) => setTimeout(resolve, 20));
            continue;
          }
          await sqs.send(new DeleteMessageBatchCommand({ QueueUrl, Entries: Messages.map((message, index) => ({ Id: String(index), ReceiptHandle: message.ReceiptHandle ?? '' })) }));
          drained += Messages.length;
        }
      }),
    );
    return Date.now() - started;
  } finally {
    await sqs.send(new DeleteQueueCommand({ QueueUrl }));
  }
};

/**
 * The most environments of the function (logical id starting `prefix`) that were busy at once, from the local
 * cloud's function stats.
 */
export const peakConsumerEnvironments = async (cloud: LocalCloudClient, prefix: string): Promise<number | undefined> => {
  const found = Object.entries(await cloud.functionStats()).find(([logicalId]) => logicalId.startsWith(prefix));
  return found?.[1].peakBusy;
};
