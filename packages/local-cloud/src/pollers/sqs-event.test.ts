import { describe, expect, it } from '@jest/globals';
import { failedMessageIds, sqsEvent } from './sqs-event.ts';

describe('failedMessageIds', () => {
  const batch = ['m1', 'm2', 'm3'];

  it('keeps back only the messages the function lists', () => {
    expect(failedMessageIds({ batchItemFailures: [{ itemIdentifier: 'm2' }] }, batch)).toStrictEqual(new Set(['m2']));
  });

  it('treats an empty or absent list as full success', () => {
    expect(failedMessageIds({ batchItemFailures: [] }, batch)).toStrictEqual(new Set());
    expect(failedMessageIds(null, batch)).toStrictEqual(new Set());
  });

  it('fails the whole batch on an identifier that is not in it, as Lambda does', () => {
    expect(failedMessageIds({ batchItemFailures: [{ itemIdentifier: 'other' }] }, batch)).toStrictEqual(new Set(batch));
    expect(failedMessageIds({ batchItemFailures: 'm1' }, batch)).toStrictEqual(new Set(batch));
  });
});

describe('sqsEvent', () => {
  it('shapes a received message as a Lambda SQS record', () => {
    const event = sqsEvent(
      [
        {
          MessageId: 'm1',
          ReceiptHandle: 'r1',
          Body: '{"a":1}',
          MD5OfBody: 'md5',
          Attributes: { ApproximateReceiveCount: '2', SentTimestamp: '1', SenderId: 's', ApproximateFirstReceiveTimestamp: '2' },
          MessageAttributes: { failureReason: { DataType: 'String', StringValue: 'bad' } },
        },
      ],
      { queueArn: 'arn:aws:sqs:eu-west-2:000000000000:Q', region: 'eu-west-2' },
    );
    expect(event).toStrictEqual({
      Records: [
        {
          messageId: 'm1',
          receiptHandle: 'r1',
          body: '{"a":1}',
          attributes: { ApproximateReceiveCount: '2', SentTimestamp: '1', SenderId: 's', ApproximateFirstReceiveTimestamp: '2' },
          messageAttributes: { failureReason: { dataType: 'String', stringValue: 'bad', stringListValues: [], binaryListValues: [] } },
          md5OfBody: 'md5',
          eventSource: 'aws:sqs',
          eventSourceARN: 'arn:aws:sqs:eu-west-2:000000000000:Q',
          awsRegion: 'eu-west-2',
        },
      ],
    });
  });
});
