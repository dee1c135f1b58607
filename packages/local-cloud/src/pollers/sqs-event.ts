import type { Message } from '@aws-sdk/client-sqs';
import type { SQSEvent, SQSMessageAttributes, SQSRecord } from 'aws-lambda';

const messageAttributes = (message: Message): SQSMessageAttributes =>
  Object.fromEntries(
    Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [
      name,
      {
        dataType: value.DataType ?? 'String',
        ...(value.StringValue !== undefined ? { stringValue: value.StringValue } : {}),
        ...(value.BinaryValue !== undefined ? { binaryValue: Buffer.from(value.BinaryValue).toString('base64') } : {}),
        stringListValues: value.StringListValues ?? [],
        binaryListValues: (value.BinaryListValues ?? []).map((item) => Buffer.from(item).toString('base64')),
      },
    ]),
  );

/**
 * Shapes received messages as the Lambda SQS event source delivers them.
 *
 * @example
 * const event = sqsEvent(messages, { queueArn, region: 'eu-west-2' });
 */
export const sqsEvent = (messages: Message[], { queueArn, region }: { queueArn: string; region: string }): SQSEvent => ({
  Records: messages.map(
    (message): SQSRecord => ({
      messageId: message.MessageId ?? '',
      receiptHandle: message.ReceiptHandle ?? '',
      body: message.Body ?? '',
      attributes: {
        ApproximateReceiveCount: message.Attributes?.ApproximateReceiveCount ?? '1',
        SentTimestamp: message.Attributes?.SentTimestamp ?? String(Date.now()),
        SenderId: message.Attributes?.SenderId ?? '000000000000',
        ApproximateFirstReceiveTimestamp: message.Attributes?.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
        ...(message.Attributes?.MessageGroupId ? { MessageGroupId: message.Attributes.MessageGroupId } : {}),
        ...(message.Attributes?.MessageDeduplicationId ? { MessageDeduplicationId: message.Attributes.MessageDeduplicationId } : {}),
        ...(message.Attributes?.SequenceNumber ? { SequenceNumber: message.Attributes.SequenceNumber } : {}),
      },
      messageAttributes: messageAttributes(message),
      md5OfBody: message.MD5OfBody ?? '',
      eventSource: 'aws:sqs',
      eventSourceARN: queueArn,
      awsRegion: region,
    }),
  ),
});

/**
 * Which messages a function asks to have back: with `ReportBatchItemFailures`, the ids it
 * lists; a malformed response fails the whole batch, as Lambda treats it.
 *
 * @example
 * failedMessageIds({ batchItemFailures: [{ itemIdentifier: 'm2' }] }, ['m1', 'm2']) // Set { 'm2' }
 */
export const failedMessageIds = (result: unknown, batchIds: string[]): Set<string> => {
  const failures = (result as { batchItemFailures?: unknown } | null | undefined)?.batchItemFailures;
  if (failures === undefined || failures === null) return new Set();
  if (!Array.isArray(failures)) return new Set(batchIds);
  const ids = failures.map((failure) => (failure as { itemIdentifier?: unknown } | null)?.itemIdentifier);
  if (ids.some((id) => typeof id !== 'string' || !batchIds.includes(id))) return new Set(batchIds);
  return new Set(ids as string[]);
};
