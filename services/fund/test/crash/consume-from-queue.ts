// A stand-in for one Lambda execution environment of the fund's inbox consumer, run as a child process by
// consumer-crash.int.test.ts: it receives one batch from QUEUE_URL, hands it to the real consumer (against
// TABLE_NAME on DynamoDB Local), and deletes what succeeded, as the Lambda SQS poller does. With
// CRASH_AFTER_COMMIT=1 it is killed (SIGKILL, no clean-up, no acknowledgement) the moment its first
// transaction has committed: the window between a consumer's writes and its acknowledgement. (The records
// of a batch are handled concurrently, so others of its transactions may commit too, as in Lambda.)
import { DeleteMessageBatchCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { dynamoDocumentClient } from '@platform/kit';
import { lambdaContext } from '@platform/kit/testing';
import type { SQSEvent } from 'aws-lambda';
import { fundInboxConsumer } from '../../src/handlers/fund-inbox-consumer.ts';
import { DynamoFundStore } from '../../src/store/dynamo-fund-store.ts';
import { DynamoSelectionViewStore } from '../../src/store/dynamo-selection-view-store.ts';

const queueUrl = process.env.QUEUE_URL ?? '';
const dynamo = dynamoDocumentClient();
if (process.env.CRASH_AFTER_COMMIT === '1') {
  const transactWrite = dynamo.transactWrite.bind(dynamo);
  dynamo.transactWrite = (async (...args: Parameters<typeof transactWrite>) => {
    const committed = await transactWrite(...args);
    process.kill(process.pid, 'SIGKILL');
    return committed;
  }) as unknown as typeof dynamo.transactWrite;
}

const sqs = new SQSClient({ useQueueUrlAsEndpoint: false });
const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 5, MessageSystemAttributeNames: ['All'] }));
const event: SQSEvent = {
  Records: Messages.map((message) => ({
    messageId: message.MessageId ?? '',
    receiptHandle: message.ReceiptHandle ?? '',
    body: message.Body ?? '',
    attributes: {
      ApproximateReceiveCount: message.Attributes?.['ApproximateReceiveCount'] ?? '1',
      SentTimestamp: message.Attributes?.['SentTimestamp'] ?? '0',
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: message.Attributes?.['ApproximateFirstReceiveTimestamp'] ?? '0',
    },
    messageAttributes: {},
    md5OfBody: message.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:eu-west-2:000000000000:crash-test',
    awsRegion: 'eu-west-2',
  })),
};

const tableName = process.env.TABLE_NAME ?? '';
const consumer = fundInboxConsumer({ funds: new DynamoFundStore(dynamo, { tableName }), selections: new DynamoSelectionViewStore(dynamo, tableName) });
const { batchItemFailures } = await consumer(event, lambdaContext());
const failed = new Set(batchItemFailures.map((failure) => failure.itemIdentifier));
const succeeded = Messages.filter((message) => !failed.has(message.MessageId ?? ''));
if (succeeded.length > 0) {
  await sqs.send(
    new DeleteMessageBatchCommand({
      QueueUrl: queueUrl,
      Entries: succeeded.map((message, index) => ({ Id: String(index), ReceiptHandle: message.ReceiptHandle ?? '' })),
    }),
  );
}
process.stdout.write(JSON.stringify({ received: Messages.length, failed: failed.size }));
